package io.provisio.portal;

import io.provisio.audit.AdminSessionEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;

/** The signed-in admin: the name every portal action is audited under, and logout. */
@Named("portalUser")
@RequestScoped
public class PortalUser {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Event<AdminSessionEvent> sessionEvents;

    @Inject
    Clock clock;

    public String getName() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    /** The actor recorded in the audit trail for portal actions. */
    public String actor() {
        String name = getName();
        if (name == null) {
            throw new IllegalStateException("No admin is signed in");
        }
        return name;
    }

    /** Where this portal is served from, as the admin's browser sees it, ending with "/". */
    public URI applicationRoot() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + "/");
    }

    /**
     * Ends the login and the session (with everything the session held), then shows the login
     * page. No Clear-Site-Data header: its "cookies" reach every site of the registrable domain,
     * so logging out of the portal would log the admin out of the company's other applications.
     */
    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String admin = getName();
        request.logout();
        external.invalidateSession();
        if (admin != null) {
            sessionEvents.fire(new AdminSessionEvent(AdminSessionEvent.Kind.LOGOUT, admin, request.getRemoteAddr(),
                    clock.instant()));
        }
        external.redirect(external.getRequestContextPath() + "/portal/login.xhtml?loggedOut=true");
    }
}
