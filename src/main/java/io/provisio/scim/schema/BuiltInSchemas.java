package io.provisio.scim.schema;

import static io.provisio.scim.schema.AttributeDefinition.complex;
import static io.provisio.scim.schema.AttributeDefinition.of;
import static io.provisio.scim.schema.AttributeType.BOOLEAN;
import static io.provisio.scim.schema.AttributeType.REFERENCE;
import static io.provisio.scim.schema.AttributeType.STRING;

import java.util.List;

/**
 * The schemas Provisio supports, trimmed to the attributes the product maps (see the seed
 * document): a server that advertises attributes it drops would mislead IdP mapping screens.
 */
public final class BuiltInSchemas {

    private BuiltInSchemas() {
    }

    /** The core User schema (RFC 7643 section 4.1) as far as Provisio stores it. */
    public static SchemaDefinition user() {
        return new SchemaDefinition(Schemas.USER, "User", "User Account", List.of(
                id(), externalId(),
                // Immutable after creation is a service rule (same value on PUT is fine), so the
                // schema says readWrite as RFC 7643 does.
                of("userName", STRING).asRequired().withUniqueness(Uniqueness.SERVER)
                        .withDescription("Unique identifier for the User, typically the UPN."),
                of("displayName", STRING),
                of("active", BOOLEAN),
                complex("name",
                        of("givenName", STRING),
                        of("familyName", STRING),
                        of("formatted", STRING).withMutability(Mutability.READ_ONLY)),
                complex("emails",
                        of("value", STRING),
                        of("type", STRING).withCanonicalValues("work", "home", "other"),
                        of("primary", BOOLEAN)).asMultiValued(),
                complex("groups",
                        readOnly(of("value", STRING)),
                        readOnly(of("$ref", REFERENCE).withReferenceTypes("User", "Group")),
                        readOnly(of("display", STRING)),
                        readOnly(of("type", STRING).withCanonicalValues("direct", "indirect")))
                        .asMultiValued().withMutability(Mutability.READ_ONLY)));
    }

    /** The enterprise extension (RFC 7643 section 4.3); Provisio supports department only. */
    public static SchemaDefinition enterpriseUser() {
        return new SchemaDefinition(Schemas.ENTERPRISE_USER, "EnterpriseUser", "Enterprise User",
                List.of(of("department", STRING)));
    }

    /** The core Group schema (RFC 7643 section 4.2). */
    public static SchemaDefinition group() {
        return new SchemaDefinition(Schemas.GROUP, "Group", "Group", List.of(
                id(), externalId(),
                of("displayName", STRING).asRequired().withUniqueness(Uniqueness.SERVER),
                complex("members",
                        of("value", STRING).withMutability(Mutability.IMMUTABLE),
                        of("$ref", REFERENCE).withReferenceTypes("User", "Group")
                                .withMutability(Mutability.IMMUTABLE),
                        of("display", STRING),
                        of("type", STRING).withCanonicalValues("User", "Group")
                                .withMutability(Mutability.IMMUTABLE))
                        .asMultiValued()));
    }

    /**
     * The custom user extension built from the admin-defined attributes at call time, because
     * the extension schema is data: it changes when an admin adds an attribute, without a deploy.
     */
    public static SchemaDefinition customUserExtension(List<AttributeDefinition> attributes) {
        return new SchemaDefinition(Schemas.CUSTOM_USER, "CustomUser",
                "Custom user attributes defined by the administrator", attributes);
    }

    /** User core plus the enterprise and custom extensions, as one resource type sees them. */
    public static ResourceSchema userResource(List<AttributeDefinition> customAttributes) {
        return new ResourceSchema(user(),
                List.of(enterpriseUser(), customUserExtension(customAttributes)));
    }

    public static ResourceSchema groupResource() {
        return new ResourceSchema(group(), List.of());
    }

    private static AttributeDefinition id() {
        return of("id", STRING).asCaseExact().withMutability(Mutability.READ_ONLY)
                .withReturned(Returned.ALWAYS).withUniqueness(Uniqueness.SERVER);
    }

    private static AttributeDefinition externalId() {
        // RFC 7643 section 3.1: externalId is caseExact; the IdP owns its spelling.
        return of("externalId", STRING).asCaseExact();
    }

    private static AttributeDefinition readOnly(AttributeDefinition attribute) {
        return attribute.withMutability(Mutability.READ_ONLY);
    }
}
