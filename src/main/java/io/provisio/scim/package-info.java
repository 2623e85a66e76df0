/**
 * The SCIM 2.0 protocol, kept pure: no JPA, no JAX-RS. Error types, the filter grammar (RFC 7644
 * section 3.4.2.2) producing a syntax tree, the PATCH path grammar and operation applier (section
 * 3.5.2), and the schema registry. Everything else in Provisio may use this package; it uses
 * nothing of ours.
 */
package io.provisio.scim;
