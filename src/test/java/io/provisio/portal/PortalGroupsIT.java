package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.Api;
import io.provisio.it.ProvisioServer;
import io.provisio.it.ScimClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Groups and a group's members in a real browser, with groups and users pushed through SCIM as an IdP would. */
class PortalGroupsIT {

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
    void groupsAreSearchedSortedPagedAndOpenWithTheirMembersPaged() {
        String prefix = ScimClient.unique("team");
        List<String> memberIds = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            memberIds.add(scim.createUser(prefix + "-member", String.format(",\"displayName\":\"Member %02d\"", i))
                    .getString("id"));
        }
        for (int i = 0; i < 24; i++) {
            createGroup(String.format("%s-%02d", prefix, i), null, List.of());
        }
        String target = prefix + "-zz";
        String id = createGroup(target, "ext-" + prefix, memberIds);

        browser.open("/portal/dashboard.xhtml");
        long groups = Long.parseLong(browser.text("groupCount"));
        assertTrue(groups >= 25, "the dashboard counts every group: " + groups);
        browser.clickMenu("Groups");
        search(prefix, "1–20 of 25");
        assertEquals(prefix + "-00", browser.text("form:groups:0:open"), "displayName ascending by default");
        assertEquals("0", browser.text("form:groups:0:members"));
        browser.clickCss("[id='form:groups_paginator_bottom'] .ui-paginator-next");
        browser.awaitText("form:groups_paginator_bottom", "21–25 of 25");
        assertEquals(target, browser.text("form:groups:24:open"));
        assertEquals("23", browser.text("form:groups:24:members"), "members counted, not listed");

        browser.click("form:groups:displayNameCol"); // ascending: already the default order
        browser.awaitAjax();
        browser.click("form:groups:displayNameCol");
        browser.awaitAjax();
        browser.awaitText("form:groups:0:open", target);
        browser.click("form:groups:createdCol");
        browser.awaitAjax();
        browser.awaitExactText("form:groups:0:open", prefix + "-00");
        browser.click("form:groups:createdCol");
        browser.awaitAjax();
        browser.awaitExactText("form:groups:0:open", target);
        assertEquals("23", browser.text("form:groups:0:members"));
        browser.screenshot("groups");

        browser.click("form:groups:0:open");
        browser.awaitUrl("/portal/group.xhtml");
        assertTrue(browser.url().contains(id), browser.url());
        assertEquals(id, browser.text("groupId"));
        assertEquals(target, browser.text("displayName"));
        assertEquals("ext-" + prefix, browser.text("externalId"));
        assertEquals("23", browser.text("memberCount"));
        assertEquals("Okta", browser.text("vendor"));
        browser.awaitText("form:members_paginator_bottom", "1–20 of 23");
        String firstPageMember = browser.text("form:members:0:user");
        browser.screenshot("group");
        browser.clickCss("[id='form:members_paginator_bottom'] .ui-paginator-next");
        browser.awaitText("form:members_paginator_bottom", "21–23 of 23");
        String member = browser.text("form:members:22:user");
        assertTrue(member.startsWith(prefix + "-member"), member);
        assertFalse(browser.isPresent("form:members:0:user"), "the first page is gone");
        assertFalse(member.equals(firstPageMember));

        browser.click("form:members:22:user");
        browser.awaitUrl("/portal/user.xhtml");
        assertEquals(member, browser.text("userName"));
        assertTrue(browser.text("groups").contains(target), browser.text("groups"));
        browser.click("groups:0:group");
        browser.awaitUrl("/portal/group.xhtml");
        assertEquals(target, browser.text("displayName"));
    }

    @Test
    void searchTextIsOneValueWhateverItHolds() {
        String prefix = ScimClient.unique("quoted");
        createGroup(prefix + " \"R&D\" \\ ops", null, List.of());
        browser.clickMenu("Groups");

        search(prefix + " \"R&D\" \\", "1–1 of 1");
        assertEquals(prefix + " \"R&D\" \\ ops", browser.text("form:groups:0:open"));
        search("\" or displayName pr or \"", "0–0 of 0");
        assertTrue(browser.text("form:groups").contains("No groups match"), browser.text("form:groups"));
    }

    @Test
    void anUnknownOrDeletedGroupGetsAClearMessage() {
        browser.open("/portal/group.xhtml?id=no-such-group");
        assertTrue(browser.text("notFound").contains("This group no longer exists"), browser.text("notFound"));
        assertTrue(browser.text("notFound").contains("no-such-group"));

        String odd = "<b>x</b>'\"" + "9".repeat(100);
        browser.open("/portal/group.xhtml?id=" + URLEncoder.encode(odd, StandardCharsets.UTF_8));
        assertTrue(browser.text("notFound").contains(odd), browser.text("notFound")); // shown as text, not markup
        browser.open("/portal/group.xhtml");
        assertTrue(browser.text("notFound").contains("This group no longer exists"));

        String id = createGroup(ScimClient.unique("gone"), null, List.of());
        assertEquals(204, scim.delete("/scim/v2/Groups/" + id).status());
        browser.open("/portal/group.xhtml?id=" + id);
        assertTrue(browser.text("notFound").contains(id), browser.text("notFound"));
    }

    private void search(String text, String pageReport) {
        browser.type("form:text", text);
        browser.click("form:search");
        browser.awaitAjax();
        browser.awaitText("form:groups_paginator_bottom", pageReport);
    }

    private String createGroup(String displayName, String externalId, List<String> memberIds) {
        StringBuilder body = new StringBuilder("{\"schemas\":[\"" + ScimClient.GROUP_SCHEMA + "\"],\"displayName\":")
                .append(jsonString(displayName));
        if (externalId != null) {
            body.append(",\"externalId\":").append(jsonString(externalId));
        }
        body.append(",\"members\":[").append(String.join(",", memberIds.stream()
                .map(m -> "{\"value\":\"" + m + "\"}").toList())).append("]}");
        Api.Reply reply = scim.post("/scim/v2/Groups", body.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
