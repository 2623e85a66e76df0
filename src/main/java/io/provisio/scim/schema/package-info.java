/**
 * The SCIM schema model of RFC 7643 section 7: attribute and schema definitions that render
 * themselves for the {@code /Schemas} endpoint, the built-in User, Group and enterprise schemas,
 * the custom user extension generated from admin-defined attributes, and a validator that
 * type-checks (and, where IdPs need it, coerces) incoming resources against them.
 */
package io.provisio.scim.schema;
