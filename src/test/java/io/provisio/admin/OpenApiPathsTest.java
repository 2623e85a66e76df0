package io.provisio.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenApiPathsTest {

    private final OpenApiPaths paths = new OpenApiPaths();

    @Test
    void anAdminPathDocumentedUnderTheScimApplicationMovesToTheAdminApplication() {
        assertEquals("/api/admin/tokens", paths.servedAt("/scim/v2/tokens"));
        assertEquals("/api/admin/tokens/{id}/renew", paths.servedAt("/scim/v2/tokens/{id}/renew"));
        assertEquals("/api/admin/custom-attributes", paths.servedAt("/scim/v2/custom-attributes"));
    }

    @Test
    void aScimPathDocumentedUnderTheAdminApplicationMovesToTheScimApplication() {
        assertEquals("/scim/v2/Users/{id}", paths.servedAt("/api/admin/Users/{id}"));
        assertEquals("/scim/v2/Groups/.search", paths.servedAt("/api/admin/Groups/.search"));
    }

    @Test
    void aPathWithoutItsApplicationGetsIt() {
        assertEquals("/scim/v2/ServiceProviderConfig", paths.servedAt("/ServiceProviderConfig"));
        assertEquals("/api/admin/audit", paths.servedAt("/audit"));
    }

    @Test
    void pathsAlreadyRightStayAsTheyAre() {
        assertEquals("/api/admin/audit", paths.servedAt("/api/admin/audit"));
        assertEquals("/scim/v2/Users", paths.servedAt("/scim/v2/Users"));
        assertEquals("/scim/v2/Schemas/{id}", paths.servedAt("/scim/v2/Schemas/{id}"));
    }

    @Test
    void aPathOfNoKnownResourceStays() {
        assertEquals("/scim/v2/tokensx", paths.servedAt("/scim/v2/tokensx"));
        assertEquals("/health", paths.servedAt("/health"));
        assertEquals("/scim/v2", paths.servedAt("/scim/v2"));
    }
}
