/** SCIM discovery endpoints (RFC 7644 section 4): ServiceProviderConfig, ResourceTypes, Schemas. */
package io.provisio.discovery;
