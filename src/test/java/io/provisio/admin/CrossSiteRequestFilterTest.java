package io.provisio.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

    private static final URI REQUESTED = URI.create("http://provisio.example:8080/api/admin/tokens/1/deactivate");

    @Test
    void theServersOwnOriginIsAccepted() {
        assertTrue(CrossSiteRequestFilter.sameOrigin("http://provisio.example:8080", REQUESTED, Optional.empty()));
        assertTrue(CrossSiteRequestFilter.sameOrigin("HTTP://Provisio.Example:8080", REQUESTED, Optional.empty()));
        assertTrue(CrossSiteRequestFilter.sameOrigin("https://admin.example", URI.create("https://admin.example:443/x"),
                Optional.empty()));
    }

    @Test
    void anotherHostPortOrSchemeIsRefused() {
        assertFalse(CrossSiteRequestFilter.sameOrigin("http://evil.example:8080", REQUESTED, Optional.empty()));
        assertFalse(CrossSiteRequestFilter.sameOrigin("http://provisio.example", REQUESTED, Optional.empty()));
        assertFalse(CrossSiteRequestFilter.sameOrigin("https://provisio.example:8080", REQUESTED, Optional.empty()));
        assertFalse(CrossSiteRequestFilter.sameOrigin("null", REQUESTED, Optional.empty()));
        assertFalse(CrossSiteRequestFilter.sameOrigin("", REQUESTED, Optional.empty()));
    }

    @Test
    void behindAProxyThePublicUrlIsTheOrigin() {
        Optional<String> publicUrl = Optional.of("https://idm.example.com/provisio");

        assertTrue(CrossSiteRequestFilter.sameOrigin("https://idm.example.com", REQUESTED, publicUrl));
        assertFalse(CrossSiteRequestFilter.sameOrigin("https://other.example.com", REQUESTED, publicUrl));
    }
}
