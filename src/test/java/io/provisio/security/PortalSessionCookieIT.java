package io.provisio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.ProvisioServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The portal's session: none for an anonymous look at the login page, a cookie that a cross-site
 * post does not carry (SameSite) and scripts cannot read, and the application's root leading to
 * the portal.
 */
class PortalSessionCookieIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final PortalHttp http = new PortalHttp(server);

    @Test
    void theLoginPageAloneCreatesNoSession() {
        HttpResponse<String> page = http.get("/portal/login.xhtml", null, Map.of());

        assertEquals(200, page.statusCode());
        assertEquals(List.of(), PortalHttp.sessionCookieHeaders(page));
        // and its form still logs in, straight to the dashboard
        HttpResponse<String> login = http.login(null);
        assertEquals("/portal/dashboard.xhtml",
                login.uri().resolve(login.headers().firstValue("Location").orElseThrow()).getPath());
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        HttpResponse<String> protectedPage = http.get("/portal/audit.xhtml", null, Map.of());
        HttpResponse<String> login = http.login(PortalHttp.sessionCookie(protectedPage).orElseThrow());

        for (HttpResponse<String> answer : List.of(protectedPage, login)) {
            List<String> cookies = PortalHttp.sessionCookieHeaders(answer);
            assertFalse(cookies.isEmpty(), answer.uri() + " " + answer.headers().map());
            for (String cookie : cookies) {
                String attributes = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
                assertTrue(attributes.contains(";samesite=lax"), cookie);
                assertTrue(attributes.contains(";httponly"), cookie);
            }
        }
    }

    @Test
    void theRootLeadsToThePortal() {
        List<HttpResponse<String>> answers = http.follow(http.get("/", null, Map.of()), null, Map.of());

        HttpResponse<String> root = answers.get(0);
        assertEquals(302, root.statusCode(), root.body());
        assertEquals("/portal/", root.uri().resolve(root.headers().firstValue("Location").orElseThrow()).getPath());
        HttpResponse<String> last = answers.get(answers.size() - 1);
        assertEquals(200, last.statusCode());
        assertTrue(last.body().contains("Log in to the administrative portal"), last.body());
    }
}
