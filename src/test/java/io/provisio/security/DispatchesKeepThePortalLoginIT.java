package io.provisio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: a portal page reached by a forward, an include or an error page, which the
 * container's security constraint does not check, still needs the signed-in admin
 * (io.provisio.portal.PortalAccessFilter). The packaged WAR plus {@link PortalDispatcher}, and an
 * error page that leads into the portal, as a careless change to web.xml might add.
 */
@ExtendWith(ArquillianExtension.class)
class DispatchesKeepThePortalLoginIT {

    @Deployment
    static WebArchive deployment() throws IOException {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("provisio.war")))
                .addClasses(DispatchesKeepThePortalLoginIT.class, PortalDispatcher.class);
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(webXml.replace("</web-app>", "<error-page><error-code>"
                + PortalDispatcher.CONFLICT + "</error-code><location>" + PortalDispatcher.DASHBOARD
                + "</location></error-page></web-app>")));
    }

    @ArquillianResource
    URL base;

    @Test
    void aForwardLeadsToTheLogin() throws Exception {
        HttpResponse<String> answer = get("test-dispatch/forward");

        assertNoDashboard(answer);
        assertEquals(302, answer.statusCode());
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/portal/login.xhtml"),
                answer.headers().map().toString());
    }

    @Test
    void anIncludeLeavesThePageOut() throws Exception {
        HttpResponse<String> answer = get("test-dispatch/include");

        assertNoDashboard(answer);
        assertEquals("<p>included:</p>", answer.body().trim());
    }

    @Test
    void anErrorPageInThePortalShowsNothingOfIt() throws Exception {
        assertNoDashboard(get("test-dispatch/error"));
    }

    @Test
    void anUncaughtExceptionShowsTheStaticErrorPage() throws Exception {
        HttpResponse<String> answer = get("test-dispatch/throw");

        assertEquals(500, answer.statusCode());
        assertTrue(answer.body().contains("This page could not be shown"), answer.body());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("stays in the server"), answer.body());
    }

    @Test
    void theLoginPageStaysOpen() throws Exception {
        // the control: a filter that refused everything would pass the tests above
        HttpResponse<String> login = get("portal/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Log in to the administrative portal"), login.body());
    }

    private static void assertNoDashboard(HttpResponse<String> answer) {
        assertTrue(answer.statusCode() < 500, answer.statusCode() + " " + answer.body());
        for (String text : new String[] {"Active SCIM tokens", "Dashboard", "Log out"}) {
            assertFalse(answer.body().contains(text), "'" + text + "' in " + answer.statusCode() + ":\n" + answer.body());
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
