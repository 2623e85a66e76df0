/**
 * The admin web portal (Jakarta Faces + PrimeFaces): login, dashboard, User Provisioning (tokens),
 * Audit Trails and the attribute reference. Backing beans are thin: every rule lives in the
 * services the admin REST API calls too ({@code tokens}, {@code audit}, {@code admin}).
 */
package io.provisio.portal;
