package io.provisio.portal;

import jakarta.enterprise.context.RequestScoped;
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

/** The signed-in admin: the name every portal action is audited under, and logout. */
@Named("portalUser")
@RequestScoped
public class PortalUser {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

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

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/portal/login.xhtml?loggedOut=true");
    }
}
