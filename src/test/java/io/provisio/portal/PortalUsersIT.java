package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.Api;
import io.provisio.it.ProvisioServer;
import io.provisio.it.ScimClient;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users, the custom and ignored attributes and the dashboard's numbers in a real browser, with
 * users provisioned through SCIM as an IdP would.
 */
class PortalUsersIT {

    private static final String CUSTOM = "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);
    private PortalBrowser browser;
    private ScimClient scim;

    @BeforeEach
    void start() {
        api.removeAllTokens();
        scim = new ScimClient(api, api.freshToken("OKTA"));
        browser = new PortalBrowser(server.base().toString());
        browser.login("admin", server.adminPassword());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        api.removeAllTokens();
    }

    @Test
    void usersAreSearchedSortedPagedAndShownInDetail() {
        String attribute = "badge" + shortId();
        assertEquals(201, defineAttribute(attribute, "string").status());
        String prefix = ScimClient.unique("pager");
        for (int i = 0; i < 24; i++) {
            createUser(String.format("%s-%02d@example.com", prefix, i), String.format(
                    ",\"displayName\":\"Pager %02d\",\"name\":{\"givenName\":\"Pat\",\"familyName\":\"Pager%02d\"}", i, i));
        }
        String target = prefix + "-zz@example.com";
        String id = createUser(target, ",\"displayName\":\"Zoe Pager\",\"emails\":[{\"value\":\"zoe@" + prefix
                + ".example\",\"type\":\"work\",\"primary\":true}],\"" + ScimClient.ENTERPRISE
                + "\":{\"department\":\"Finance\"},\"" + CUSTOM + "\":{\"" + attribute + "\":\"B-42\"}");

        browser.clickMenu("Users");
        search(prefix, "1–20 of 25");
        assertTrue(browser.text("form:users:0:open").startsWith(prefix + "-00"));
        browser.clickCss("[id='form:users_paginator_bottom'] .ui-paginator-next");
        browser.awaitText("form:users_paginator_bottom", "21–25 of 25");
        browser.screenshot("users");

        browser.click("form:users:userNameCol"); // ascending: already the default order
        browser.awaitAjax();
        browser.click("form:users:userNameCol");
        browser.awaitAjax();
        assertEquals(target, browser.awaitText("form:users:0:open", target));

        search("zoe@" + prefix, "1–1 of 1"); // an email, not a userName
        browser.click("form:users:0:open");
        browser.awaitUrl("/portal/user.xhtml");
        assertEquals(target, browser.text("userName"));
        assertEquals("Finance", browser.text("department"));
        assertEquals("Okta", browser.text("vendor"));
        assertTrue(browser.text("emails").contains("zoe@" + prefix), browser.text("emails"));
        assertTrue(browser.text("custom").contains(attribute) && browser.text("custom").contains("B-42"));
        assertTrue(browser.text("events").contains("User Provisioned"), browser.text("events"));
        assertTrue(browser.url().contains(id));
        browser.screenshot("user-detail");
    }

    @Test
    void anUnknownUserIdGetsAClearMessage() {
        browser.open("/portal/user.xhtml?id=no-such-user");
        assertTrue(browser.text("notFound").contains("No user has the id no-such-user"), browser.text("notFound"));
    }

    @Test
    void customAttributesAreDefinedRefusedClearlyAndRemovedAfterConfirming() {
        String name = "cost" + shortId();
        browser.clickMenu("Admin", "Identity", "SCIM Attributes");

        defineInPage("9lives", "string");
        assertTrue(browser.awaitText("custom:messages", "Not a valid custom attribute name").contains("9lives"));
        defineInPage(name, "integer");
        browser.awaitText("custom:messages", "defined");
        assertTrue(browser.text("custom:definitions").contains(name));
        defineInPage(name.toUpperCase(), "string");
        assertTrue(browser.awaitText("custom:messages", "already exists").contains("case-insensitive"));

        createUser(ScimClient.unique("valued") + "@example.com", ",\"" + CUSTOM + "\":{\"" + name + "\":7}");
        browser.open("/portal/attributes.xhtml");
        int row = rowOf(name);
        assertEquals("1", browser.text("custom:definitions:" + row + ":inUse"));
        browser.scrollTo("custom:definitions");
        browser.screenshot("attributes-custom");
        browser.click("custom:definitions:" + row + ":remove");
        String warning = browser.text("custom:confirm");
        assertTrue(warning.contains(name) && warning.contains("1 user value(s) will be removed"), warning);
        browser.screenshot("attributes-remove-confirm");
        browser.click("custom:confirmYes");
        browser.awaitText("custom:messages", "removed");
        assertFalse(browser.text("custom:definitions").contains(name));
    }

    @Test
    void anAttributeTheIdpSendsButProvisioDoesNotKeepIsListed() {
        createUser(ScimClient.unique("titled") + "@example.com", ",\"title\":\"x\"");

        browser.clickMenu("Admin", "Identity", "SCIM Attributes");

        String ignored = browser.text("ignoredForm:ignored");
        assertTrue(ignored.contains("title") && ignored.contains("Okta"), ignored);
        browser.scrollTo("ignoredForm:ignored");
        browser.screenshot("attributes-ignored");
    }

    @Test
    void clearEmptiesTheIgnoredAttributesAfterAskingAndIsAudited() {
        String since = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1).toString();
        createUser(ScimClient.unique("cleared") + "@example.com", ",\"title\":\"x\"");
        browser.open("/portal/attributes.xhtml");
        assertTrue(browser.text("ignoredForm:ignored").contains("title"));

        browser.click("ignoredForm:clear");
        String question = browser.text("custom:confirm");
        assertTrue(question.contains("Clear the list of ignored attributes"), question);
        browser.click("custom:confirmYes");

        browser.awaitText("ignoredForm:ignoredMessages", "cleared");
        assertTrue(browser.text("ignoredForm:ignored").contains("Nothing ignored"), browser.text("ignoredForm:ignored"));
        Api.Reply audit = api.send(api.admin("/api/admin/audit?type=Ignored+Attributes+Cleared&from="
                + java.net.URLEncoder.encode(since, java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(1, audit.json().getInt("total"), audit.body());
        assertEquals("admin", audit.json().getJsonArray("entries").getJsonObject(0).getString("actor"));
    }

    @Test
    void theDashboardCountsUsersAndChartsRequests() {
        createUser(ScimClient.unique("counted") + "@example.com", "");
        scim.get("/scim/v2/Users/no-such-user"); // a 404: an error in the chart

        browser.open("/portal/dashboard.xhtml");

        assertTrue(Long.parseLong(browser.text("userCount")) >= 1);
        assertTrue(Long.parseLong(browser.text("requests")) >= 2);
        assertTrue(Long.parseLong(browser.text("errors")) >= 1);
        browser.visible("activity");
        assertEquals(Boolean.TRUE, browser.script(
                "var c = document.querySelector('[id=\"activity\"] canvas'); return c !== null && c.width > 0;"));
        assertTrue(browser.text("tokenActivity").contains("Okta"), browser.text("tokenActivity"));
        browser.screenshot("dashboard-activity");
    }

    private void search(String text, String pageReport) {
        browser.type("form:text", text);
        browser.click("form:search");
        browser.awaitAjax();
        browser.awaitText("form:users_paginator_bottom", pageReport);
    }

    private void defineInPage(String name, String type) {
        browser.type("custom:name", name);
        browser.chooseValue("custom:type", type);
        browser.click("custom:define");
        browser.awaitAjax();
    }

    private int rowOf(String name) {
        for (int row = 0; browser.isPresent("custom:definitions:" + row + ":name"); row++) {
            if (browser.text("custom:definitions:" + row + ":name").equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " not in " + browser.text("custom:definitions"));
    }

    private String createUser(String userName, String extraJson) {
        Api.Reply reply = scim.post("/scim/v2/Users", "{\"schemas\":[\"" + ScimClient.USER_SCHEMA + "\"],\"userName\":\""
                + userName + "\"" + extraJson + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    private Api.Reply defineAttribute(String name, String type) {
        return api.send(api.admin("/api/admin/custom-attributes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}")));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
