package io.provisio.portal;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Keeps the portal's Jakarta Security login ({@link PortalAuthentication}) to the requests it is
 * for. The container runs a Jakarta Security mechanism through the Jakarta Authentication module
 * that Jakarta Security registers for the whole application, so every SCIM request paid for it
 * before reaching its own bearer filter: about 8 % of the server's CPU in an IdP's sync cycle,
 * spent looking the CDI bean manager up through JNDI twice per request (bench findings T).
 * <p>
 * Once the application has started, this listener wraps the registered Jakarta Authentication
 * provider, by the standard {@link AuthConfigFactory} API, so that a request to the SCIM or admin
 * API ({@link #BYPASSED}) that the container does not require authentication for is answered
 * "unauthenticated, carry on" at once, exactly what the portal's mechanism answers for it
 * ({@code doNothing}). Every other request, each portal page, the login and the Faces resources
 * included, goes to Jakarta Security as before. The bypass never establishes an identity, so it
 * can only ever make a request less authenticated: a constrained page reached by any path still
 * requires the admin.
 * <p>
 * When no provider is registered (a server that registers Jakarta Security's module lazily) the
 * application runs unchanged, and the start-up log says so.
 */
@WebListener
public class PortalAuthenticationScope implements ServletContextListener {

    /** Servlet paths of the applications that authenticate themselves (bearer token, HTTP Basic). */
    static final List<String> BYPASSED = List.of("/scim/", "/api/");

    static final String LAYER = "HttpServlet";

    /** The start-up line that says the scope is in force. */
    static final String SCOPED = "The portal's login (Jakarta Security) is skipped by the APIs under";

    /** What the container sets in a message's map when the resource is constrained. */
    static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationScope.class.getName());

    private String registration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        String appContext = context.getVirtualServerName() + " " + context.getContextPath();
        try {
            AuthConfigFactory factory = AuthConfigFactory.getFactory();
            AuthConfigProvider registered = factory == null ? null : factory.getConfigProvider(LAYER, appContext, null);
            if (registered instanceof Scoped) {
                return; // scoped already (a second start of the same context)
            }
            if (registered == null) {
                LOG.info("No Jakarta Authentication provider registered for '" + appContext
                        + "': the portal's login runs on every request");
                return;
            }
            registration = factory.registerConfigProvider(new Scoped(registered), LAYER, appContext,
                    "Provisio: Jakarta Security for the portal only");
            LOG.info(SCOPED + " " + BYPASSED);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not scope the portal's login to the portal; it runs on every request", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (registration != null) {
            AuthConfigFactory factory = AuthConfigFactory.getFactory();
            if (factory != null) {
                factory.removeRegistration(registration);
            }
            registration = null;
        }
    }

    /** Whether this message may skip Jakarta Security: an unconstrained request to an API. */
    static boolean bypasses(MessageInfo message) {
        if (!(message.getRequestMessage() instanceof HttpServletRequest request)) {
            return false;
        }
        Map<?, ?> properties = message.getMap();
        if (properties != null && Boolean.parseBoolean(String.valueOf(properties.get(MANDATORY)))) {
            return false;
        }
        // the servlet path, as the container mapped it (decoded and normalised, unlike the URI):
        // the JAX-RS applications' /scim/v2 and /api/admin
        String path = request.getServletPath();
        for (String prefix : BYPASSED) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The registered provider, with server contexts that skip it for {@link #bypasses} messages. */
    static final class Scoped implements AuthConfigProvider {

        private final AuthConfigProvider delegate;

        Scoped(AuthConfigProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new ScopedConfig(delegate.getServerAuthConfig(layer, appContext, handler), handler);
        }

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return delegate.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public void refresh() {
            delegate.refresh();
        }
    }

    private static final class ScopedConfig implements ServerAuthConfig {

        private final ServerAuthConfig delegate;
        private final CallbackHandler handler;

        ScopedConfig(ServerAuthConfig delegate, CallbackHandler handler) {
            this.delegate = delegate;
            this.handler = handler;
        }

        @Override
        public ServerAuthContext getAuthContext(String authContextID, Subject serviceSubject,
                                                Map<String, Object> properties) throws AuthException {
            ServerAuthContext context = delegate.getAuthContext(authContextID, serviceSubject, properties);
            return context == null ? null : new ScopedContext(context, handler);
        }

        @Override
        public String getMessageLayer() {
            return delegate.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return delegate.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo messageInfo) {
            return delegate.getAuthContextID(messageInfo);
        }

        @Override
        public void refresh() {
            delegate.refresh();
        }

        @Override
        public boolean isProtected() {
            return delegate.isProtected();
        }
    }

    /** Jakarta Security's context for the portal; for an API request, the anonymous answer at once. */
    static final class ScopedContext implements ServerAuthContext {

        private final ServerAuthContext delegate;
        private final CallbackHandler handler;

        ScopedContext(ServerAuthContext delegate, CallbackHandler handler) {
            this.delegate = delegate;
            this.handler = handler;
        }

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (!bypasses(message)) {
                return delegate.validateRequest(message, client, service);
            }
            // what Jakarta Security's doNothing() tells the container: no caller, carry on
            try {
                handler.handle(new Callback[] {new CallerPrincipalCallback(client, (String) null)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw (AuthException) new AuthException("Could not mark the request unauthenticated").initCause(e);
            }
            return AuthStatus.SUCCESS;
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            return bypasses(message) ? AuthStatus.SEND_SUCCESS : delegate.secureResponse(message, service);
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            delegate.cleanSubject(message, subject);
        }
    }
}
