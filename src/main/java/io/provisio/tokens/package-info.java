/**
 * SCIM bearer tokens: one per identity provider, at most two at a time, Active or Inactive,
 * renewable, removable. Only a SHA-256 hash of a secret is stored. {@link io.provisio.tokens.BearerTokenFilter}
 * admits a SCIM request only with an active, unexpired token.
 */
package io.provisio.tokens;
