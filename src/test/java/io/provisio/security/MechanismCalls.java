package io.provisio.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * For {@link ApisSkipThePortalLoginIT} only: notes the path of every request the container hands
 * to the application's Jakarta Security mechanism (the portal's login), then lets it decide.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
abstract class MechanismCalls implements HttpAuthenticationMechanism {

    static final List<String> PATHS = new CopyOnWriteArrayList<>();

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        PATHS.add(request.getRequestURI().substring(request.getContextPath().length()));
        return mechanism.validateRequest(request, response, context);
    }
}
