/**
 * The SCIM filter grammar of RFC 7644 section 3.4.2.2, parsed into an immutable syntax tree
 * ({@link io.provisio.scim.filter.Filter}), and an in-memory evaluator for matching the elements
 * of one resource's multi-valued attribute (PATCH value paths). Filtering whole collections is the
 * storage layer's job: it translates the same tree to SQL.
 */
package io.provisio.scim.filter;
