package io.provisio.portal;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.provisio.admin.LoginThrottle;
import io.provisio.audit.AdminSessionEvent;
import io.provisio.audit.SecurityEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * The login form: hands the credentials to Jakarta Security ({@link PortalAuthentication}), and
 * on success goes on to the page the admin asked for ({@link ContinueTarget}) in a new session id;
 * on failure audits the attempt (the recorder rate-limits it). After too many failures the
 * {@link LoginThrottle} refuses at once, the password unchecked, and says when to try again.
 */
@Named("login")
@RequestScoped
public class LoginBean {

    static final String FAILED = "Wrong user name or password.";
    static final String LOCKED = "Too many failed attempts; try again in %d s.";

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    Event<SecurityEvent> securityEvents;

    @Inject
    Event<AdminSessionEvent> sessionEvents;

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String source = request.getRemoteAddr();
        String subject = username == null || username.isBlank() ? "(no user name)" : username;
        Duration wait = throttle.attempt(username, source);
        if (!wait.isZero()) {
            password = null;
            refuse(subject, source, "Too many failed attempts; refused unchecked by the portal",
                    String.format(LOCKED, LoginThrottle.seconds(wait)));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            throttle.succeeded(username, source);
            sessionEvents.fire(new AdminSessionEvent(AdminSessionEvent.Kind.LOGIN, username, source, clock.instant()));
            String target = ContinueTarget.take(request);
            request.changeSessionId();
            external.redirect(target);
            return;
        }
        refuse(subject, source, "Wrong user name or password for the portal", FAILED);
    }

    private void refuse(String subject, String source, String reason, String message) {
        securityEvents.fire(new SecurityEvent(SecurityEvent.Kind.ADMIN_LOGIN_FAILED, subject, source, reason,
                clock.instant()));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
