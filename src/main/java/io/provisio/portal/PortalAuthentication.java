package io.provisio.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's form login, with Jakarta Security. A protected page asked for without a session
 * is remembered ({@link ContinueTarget}) and answered with the login page; {@link LoginBean} hands
 * the form's credentials here, and on success sends the admin back to the remembered page. The
 * session then carries the login ({@link AutoApplySession}) until logout or 30 idle minutes.
 * <p>
 * Written out rather than declared with {@code @CustomFormAuthenticationMechanismDefinition}: its
 * login-to-continue step keeps the original page only for a login it starts itself, and the
 * portal's own login form (which audits and slows down failures) always led to the dashboard.
 * The mechanism acts on the constrained {@code /portal/*} pages only; the SCIM and admin APIs
 * keep their bearer and Basic filters.
 */
@AutoApplySession
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/portal/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        ContinueTarget.remember(request);
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
}
