package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContinueTargetTest {

    @Test
    void aPageAskedForWithGetIsKeptWithItsQuery() {
        assertEquals(Optional.of("/portal/user.xhtml?id=42"),
                ContinueTarget.target("", "GET", "/portal/user.xhtml", "id=42", null));
        assertEquals(Optional.of("/app/portal/audit.xhtml"),
                ContinueTarget.target("/app", "GET", "/app/portal/audit.xhtml", null, null));
    }

    @Test
    void anActionGoesBackToThePageItWasTakenOn() {
        assertEquals(Optional.of("/portal/user.xhtml?id=42"), ContinueTarget.target("", "POST", "/portal/user.xhtml",
                null, "https://scim.example.com/portal/user.xhtml?id=42"));
        assertEquals(Optional.of("/portal/provisioning.xhtml"),
                ContinueTarget.target("", "POST", "/portal/provisioning.xhtml", null, null));
    }

    @Test
    void onlyThisPortalsPagesAreKept() {
        // whatever host a Referer names, only its path is used, and only within the portal
        assertEquals(Optional.of("/portal/users.xhtml"), ContinueTarget.target("", "POST", "/portal/users.xhtml",
                null, "https://evil.example.org/phish"));
        assertEquals(Optional.of("/portal/users.xhtml"), ContinueTarget.target("", "POST", "/portal/users.xhtml",
                null, "not a uri at all"));
        assertEquals(Optional.empty(), ContinueTarget.target("/app", "GET", "/other/portal/x.xhtml", null, null));
        assertEquals(Optional.empty(), ContinueTarget.target("", "GET", "/portal/../scim/v2/Users", null, null));
        assertEquals(Optional.empty(), ContinueTarget.target("", "GET", "/portal//evil.example.org", null, null));
    }

    @Test
    void theLoginPageAndThePortalRootAreNotKept() {
        assertEquals(Optional.empty(), ContinueTarget.target("", "GET", "/portal/login.xhtml", "loggedOut=true", null));
        assertEquals(Optional.empty(), ContinueTarget.target("", "GET", "/portal/", null, null));
    }
}
