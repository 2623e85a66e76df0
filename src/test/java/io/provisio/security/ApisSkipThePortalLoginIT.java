package io.provisio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: the portal's Jakarta Security mechanism sees the portal's requests and none of
 * the APIs' (io.provisio.portal.PortalAuthenticationScope), which authenticate themselves. The
 * packaged WAR plus {@link MechanismCalls}, which notes each request the mechanism is asked about.
 */
@ExtendWith(ArquillianExtension.class)
class ApisSkipThePortalLoginIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("provisio.war")))
                .addClasses(ApisSkipThePortalLoginIT.class, MechanismCalls.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void onlyThePortalsRequestsReachItsLogin() throws Exception {
        MechanismCalls.PATHS.clear();

        // the control: a protected portal page goes through the mechanism, which sends it to the login
        assertEquals(302, get("portal/dashboard.xhtml"));
        assertEquals(401, get("scim/v2/Users"));
        assertEquals(401, get("scim/v2/ServiceProviderConfig"));
        assertEquals(401, get("api/admin/tokens"));

        assertTrue(MechanismCalls.PATHS.contains("/portal/dashboard.xhtml"), MechanismCalls.PATHS::toString);
        assertTrue(MechanismCalls.PATHS.stream().noneMatch(p -> p.startsWith("/scim/") || p.startsWith("/api/")),
                MechanismCalls.PATHS::toString);
    }

    private int get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
