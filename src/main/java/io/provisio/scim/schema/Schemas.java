package io.provisio.scim.schema;

/** The schema and message URNs Provisio speaks (RFC 7643 section 8.7, RFC 7644 section 3). */
public final class Schemas {

    public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    /** The extension carrying admin-defined attributes; its URN is fixed by the product docs. */
    public static final String CUSTOM_USER = "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";
    public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public static final String SERVICE_PROVIDER_CONFIG =
            "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public static final String SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
    public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    private Schemas() {
    }
}
