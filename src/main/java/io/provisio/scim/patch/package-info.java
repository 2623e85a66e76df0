/**
 * SCIM PATCH (RFC 7644 section 3.5.2): the path grammar, the PatchOp message, and an applier
 * that turns a resource's JSON plus a list of operations into the new JSON, all or nothing. It
 * accepts what Entra ID and Okta actually send: capitalised op names, operations without a path
 * whose value carries plain, dotted and URN-qualified keys, and value-filter paths on
 * multi-valued attributes.
 */
package io.provisio.scim.patch;
