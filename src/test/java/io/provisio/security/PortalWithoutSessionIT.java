package io.provisio.security;

import static io.provisio.security.PortalHttp.VIEW_STATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.ProvisioServer;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nobody without a session receives portal content, whatever the path, the method, the posted
 * view state or the error on the way; a view state that outlived its session leads to the login,
 * and the login back to the page. Each answer, and each redirect after it, is read.
 */
class PortalWithoutSessionIT {

    static final List<String> PAGES = List.of("/portal/", "/portal/dashboard.xhtml", "/portal/provisioning.xhtml",
            "/portal/audit.xhtml", "/portal/users.xhtml", "/portal/user.xhtml?id=nobody", "/portal/groups.xhtml",
            "/portal/group.xhtml?id=nobody", "/portal/attributes.xhtml", "/portal/audit.csv", "/portal/login.xhtml",
            "/portal/no-such-page.xhtml", "/portal/no-such-thing", "/no-such-page.xhtml", "/no-such-thing");

    /** What only a signed-in page (or the CSV export) shows. */
    static final List<String> PORTAL_TEXTS = List.of("Active SCIM tokens", "Token Status", "Audit Trails",
            "Dashboard", "SCIM Attributes", "Log out", "time,event,actor,target,details");

    /** An exception's name, a stack frame, or the server's own error report. */
    static final Pattern LEAK = Pattern.compile("Exception|Caused by|\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|Payara|WildFly|Undertow");

    static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    private final ProvisioServer server = ProvisioServer.shared();
    private final PortalHttp http = new PortalHttp(server);

    @Test
    void noRequestWithoutASessionReceivesPortalContent() {
        int logMark = server.log().length();
        List<Map<String, String>> states = List.of(Map.of(), Map.of(VIEW_STATE, "x"),
                Map.of(VIEW_STATE, "x", "primefaces.nonce", "x"));
        Map<String, String> ajax = Map.of("Faces-Request", "partial/ajax");
        for (String path : PAGES) {
            for (Map<String, String> state : states) {
                String query = state.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + PortalHttp.encode(state);
                assertNoPortalContent("GET " + path + query, http.get(path + query, null, Map.of()), Map.of());
                assertNoPortalContent("POST " + path + " " + state, http.post(path, null, state, Map.of()), Map.of());
                Map<String, String> partial = new LinkedHashMap<>(state);
                partial.put("jakarta.faces.partial.ajax", "true");
                assertNoPortalContent("ajax POST " + path + " " + state, http.post(path, null, partial, ajax), ajax);
            }
        }
        assertNoStackTrace(server.log().substring(logMark));
    }

    @Test
    void aViewStateOfAnEndedSessionLeadsToTheLoginAndFromThereBack() {
        int logMark = server.log().length();
        String session = http.signedIn();
        String state = PortalHttp.viewState(http.get("/portal/provisioning.xhtml", session, Map.of()).body());
        Map<String, String> logout = Map.of("menu", "menu", "menu:logout", "", VIEW_STATE, state);
        HttpResponse<String> loggedOut = http.post("/portal/provisioning.xhtml", session, logout, Map.of());
        assertTrue(loggedOut.headers().firstValue("Location").orElse("").contains("/portal/login.xhtml?loggedOut"),
                loggedOut.headers().map().toString());

        // the ended session's page posted again: with its old cookie, without one, to the login page
        Map<String, String> action = Map.of("form", "form", VIEW_STATE, state);
        for (String cookie : new String[] {session, null}) {
            assertNoPortalContent("old state, cookie " + cookie,
                    http.post("/portal/provisioning.xhtml", cookie, action, Map.of()), Map.of());
        }
        assertNoPortalContent("old state to the login", http.post("/portal/login.xhtml", null, action, Map.of()),
                Map.of());

        // the login that such a post leads to goes back to its page
        HttpResponse<String> toLogin = http.post("/portal/provisioning.xhtml", null, action, Map.of());
        String kept = PortalHttp.sessionCookie(toLogin).orElseThrow();
        assertEquals(server.uri("/portal/provisioning.xhtml").getPath(),
                toLogin.uri().resolve(http.login(kept).headers().firstValue("Location").orElseThrow()).getPath());
        assertNoStackTrace(server.log().substring(logMark));
    }

    @Test
    void aViewStateTheSessionNoLongerHoldsReloadsThePage() {
        String first = http.signedIn();
        String state = PortalHttp.viewState(http.get("/portal/provisioning.xhtml", first, Map.of()).body());
        String second = http.signedIn(); // as after logging in again in another tab

        HttpResponse<String> answer = http.post("/portal/provisioning.xhtml", second,
                Map.of("form", "form", VIEW_STATE, state), Map.of());

        assertEquals(302, answer.statusCode(), answer.body());
        assertEquals("/portal/provisioning.xhtml",
                answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow()).getPath());
    }

    /** Every answer on the way is no server error and free of portal content and exception details. */
    private void assertNoPortalContent(String what, HttpResponse<String> answer, Map<String, String> headers) {
        List<HttpResponse<String>> answers = http.follow(answer, null, headers);
        for (HttpResponse<String> each : answers) {
            String body = each.body();
            String where = what + " -> " + each.statusCode() + " " + each.uri() + ":\n" + body;
            assertTrue(each.statusCode() < 500, where);
            PORTAL_TEXTS.forEach(text -> assertFalse(body.contains(text), "'" + text + "' in " + where));
            Matcher leak = LEAK.matcher(body);
            assertFalse(leak.find(), () -> "'" + leak.group() + "' in " + where);
        }
        HttpResponse<String> last = answers.get(answers.size() - 1);
        String body = last.body();
        boolean loginPage = last.statusCode() == 200 && body.contains("Log in to the administrative portal");
        boolean ajaxToLogin = body.contains("<partial-response><redirect url=\"/portal/login.xhtml\"");
        boolean errorPage = Stream.of(400, 404, 405).anyMatch(status -> status == last.statusCode())
                && (body.isEmpty() || body.contains("Page not found") || body.contains("could not be shown"));
        assertTrue(loginPage || ajaxToLogin || errorPage, what + " ended in " + last.statusCode() + ":\n" + body);
    }

    private static void assertNoStackTrace(String log) {
        assertFalse(STACK_FRAME.matcher(log).find(), "a stack trace in the log:\n" + log);
        assertFalse(log.contains("ViewExpiredException"), log);
    }
}
