package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.Api;
import io.provisio.it.ProvisioServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's procedures in a real browser against the packaged WAR: log in, generate a token for
 * an IdP, use it, change its status, renew and remove it, and find every step in Audit Trails.
 */
class PortalIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);
    private PortalBrowser browser;
    private ProvisioningPage provisioning;

    @BeforeEach
    void startClean() {
        api.removeAllTokens();
        browser = new PortalBrowser(server.base().toString());
        provisioning = new ProvisioningPage(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void portalPagesAskForLoginFirstAndCarrySecurityHeaders() {
        browser.open("/portal/provisioning.xhtml");
        assertTrue(browser.url().contains("/portal/login.xhtml"), browser.url());
        browser.screenshot("login");

        Api.Reply login = api.send(api.request("/portal/login.xhtml"));
        assertTrue(login.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("DENY", login.header("X-Frame-Options"));
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertEquals("same-origin", login.header("Referrer-Policy"));
        assertEquals(302, api.send(api.request("/portal/audit.csv")).status());
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 8);

        browser.login(intruder, "not-the-password");

        assertTrue(browser.awaitText("login:messages", "Wrong user name or password").length() > 0);
        browser.screenshot("login-failed");
        assertTrue(browser.url().contains("/portal/login.xhtml"), browser.url());
        Api.Reply audit = api.send(api.admin("/api/admin/audit?type=" + enc("Admin Login Failed") + "&q=" + intruder));
        assertEquals(1, audit.json().getInt("total"), audit.body());
    }

    @Test
    void loginLandsOnTheDashboardAndLogoutEndsTheSession() {
        browser.open("/portal/");
        browser.submitLogin("admin", server.adminPassword());
        // the click returns before the browser has followed the login's redirect: wait for it, as the
        // other logins do (the URL was read while still on the login page, and the test failed)
        browser.awaitUrl("/portal/dashboard.xhtml");
        assertEquals("0", browser.text("activeTokens"));
        // PostgreSQL without autovacuum is named where the admin looks (DatabaseUpkeep); H2 never is
        boolean autovacuumOff = server.database().autovacuumOff();
        assertEquals(autovacuumOff, browser.isPresent("databaseWarning"));
        if (autovacuumOff) {
            assertTrue(browser.text("databaseWarning").contains("PostgreSQL's autovacuum is off."),
                    browser.text("databaseWarning"));
        }

        browser.click("menu:logout");
        browser.awaitText("login:loggedOut", "You have logged out");
        browser.open("/portal/dashboard.xhtml");
        assertTrue(browser.url().contains("/portal/login.xhtml"), browser.url() + " shows " + browser.script("return document.title"));

        Api.Reply trail = api.send(api.admin("/api/admin/audit?type=" + enc("Admin Logout")));
        assertTrue(trail.json().getInt("total") >= 1, trail.body());
        assertEquals("admin", trail.json().getJsonArray("entries").getJsonObject(0).getString("actor"), trail.body());
        assertTrue(api.send(api.admin("/api/admin/audit?type=" + enc("Admin Login"))).json().getInt("total") >= 1);
    }

    @Test
    void aPageAskedForAfterTheSessionEndedOpensOnceLoggedIn() {
        browser.login("admin", server.adminPassword());
        browser.forgetSession();

        browser.open("/portal/user.xhtml?id=no-such-user");
        assertTrue(browser.url().contains("/portal/login.xhtml"), browser.url());
        browser.submitLogin("admin", server.adminPassword());

        browser.awaitUrl("/portal/user.xhtml?id=no-such-user");
        assertTrue(browser.text("notFound").contains("no-such-user"));
    }

    @Test
    void theSeedProceduresEndToEnd() {
        browser.login("admin", server.adminPassword());
        browser.screenshot("dashboard");
        provisioning.openFromMenu();
        String secret = provisioning.generate("Microsoft Entra ID");
        assertEquals(server.uri("/scim/v2").toString(), browser.text("targetUrl"));
        browser.screenshot("provisioning-token");
        assertEquals(200, scimStatus(secret));
        String id = api.tokens().getJsonObject(0).getString("id");

        browser.open("/portal/provisioning.xhtml"); // the seed's "refresh the page": the secret is gone
        assertFalse(browser.isPresent("secret"));
        assertEquals("Microsoft Entra ID", browser.text("form:tokens:0:vendor"));
        assertEquals("Active", browser.text("form:tokens:0:status"));

        provisioning.act(0, "deactivate", false);
        assertEquals("Inactive", browser.awaitText("form:tokens:0:status", "Inactive"));
        assertEquals(401, scimStatus(secret));
        provisioning.act(0, "activate", false);
        assertEquals(200, scimStatus(secret));

        provisioning.act(0, "renew", true);
        String renewed = browser.text("secret");
        browser.screenshot("provisioning-renewed");
        assertNotEquals(secret, renewed);
        assertEquals(401, scimStatus(secret));
        assertEquals(200, scimStatus(renewed));

        provisioning.act(0, "remove", true);
        browser.awaitText("form:tokens", "No tokens yet");
        assertEquals(0, api.tokens().size());

        AuditTrailPage audit = new AuditTrailPage(browser);
        audit.openFromMenu();
        String rows = audit.search(id);
        for (String step : new String[] {"Created", "Disabled", "Enabled", "Renewed", "Deleted"}) {
            assertTrue(rows.contains("SCIM Token " + step), step + " missing in:\n" + rows);
        }
        assertTrue(rows.contains("Microsoft Entra ID"), rows);
        browser.screenshot("audit");
        String csv = audit.exportCsv(api, browser.sessionCookie());
        assertTrue(csv.startsWith("time,event,actor,target,details"), csv);
        // the five token actions, each with the token as its target (a refused SCIM call names it too)
        assertEquals(5, csv.lines().filter(line -> line.contains("," + id + ",")).count(), csv);
        String renewedOnly = audit.search(id, "SCIM Token Renewed", LocalDate.now(ZoneOffset.UTC));
        assertTrue(renewedOnly.contains("SCIM Token Renewed") && !renewedOnly.contains("SCIM Token Created"), renewedOnly);
    }

    @Test
    void bothTokenSlotsTakenIsExplainedInsteadOfFailing() {
        assertEquals(201, api.generateToken("ENTRA_ID").status());
        assertEquals(201, api.generateToken("OKTA").status());
        browser.login("admin", server.adminPassword());

        browser.open("/portal/provisioning.xhtml");

        assertFalse(browser.visible("form:generate").isEnabled());
        assertTrue(browser.text("form:limit").contains("at most 2 tokens"), browser.text("form:limit"));
        browser.screenshot("provisioning-limit");
    }

    @Test
    void aTokenRemovedElsewhereGivesAClearMessageAndARefreshedTable() {
        String id = api.generateToken("OKTA").json().getString("id");
        browser.login("admin", server.adminPassword());
        browser.open("/portal/provisioning.xhtml");

        assertEquals(204, api.removeToken(id).status());
        provisioning.act(0, "deactivate", false);

        assertTrue(browser.awaitText("form:messages", "no longer exists").contains("refreshed"));
        assertTrue(browser.text("form:tokens").contains("No tokens yet"));
    }

    @Test
    void anActionAfterTheSessionEndedLeadsToTheLoginPage() {
        api.generateToken("GOOGLE");
        browser.login("admin", server.adminPassword());
        browser.open("/portal/provisioning.xhtml");

        browser.forgetSession();
        browser.click("form:tokens:0:select_button");
        browser.click("form:tokens:0:deactivate");

        browser.awaitUrl("/portal/login.xhtml");
        assertEquals("ACTIVE", api.tokens().getJsonObject(0).getString("status"));

        // back to the page the action was taken on; the action itself is not replayed
        browser.submitLogin("admin", server.adminPassword());
        browser.awaitUrl("/portal/provisioning.xhtml");
        assertEquals("Active", browser.text("form:tokens:0:status"));
        assertEquals("ACTIVE", api.tokens().getJsonObject(0).getString("status"));
    }

    @Test
    void aDoubleClickedGenerateIssuesOneToken() {
        browser.login("admin", server.adminPassword());
        browser.open("/portal/provisioning.xhtml");

        provisioning.doubleClickGenerate();

        assertTrue(browser.text("secret").startsWith("pvs_"));
        assertEquals(1, api.tokens().size());
        browser.click("copySecret");
        browser.awaitAttribute("copySecret", "data-copied", "true");
    }

    @Test
    void theAttributeReferenceNamesTheUpdatableSchemas() {
        browser.login("admin", server.adminPassword());
        browser.clickMenu("Admin", "Identity", "SCIM Attributes");

        assertEquals("urn:ietf:params:scim:schemas:extension:ivanti:2.0:User", browser.text("ivantiUrn"));
        assertEquals("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", browser.text("enterpriseUrn"));
        assertTrue(browser.text("extensionAttributes").contains("department"));
        assertTrue(browser.visible("copyIvanti").isDisplayed() && browser.visible("copyEnterprise").isDisplayed());
        browser.screenshot("attributes");
    }

    private int scimStatus(String token) {
        return api.send(api.scim("/scim/v2/ServiceProviderConfig", token)).status();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
