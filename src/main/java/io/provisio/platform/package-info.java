/**
 * Infrastructure: the datasource and its schema migrations, the SCIM JAX-RS application and its
 * error mapping, the clock, health checks.
 */
package io.provisio.platform;
