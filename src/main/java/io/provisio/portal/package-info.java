/**
 * The admin web portal (Jakarta Faces + PrimeFaces): login, dashboard, users, User Provisioning
 * (tokens), Audit Trails and SCIM attributes. Backing beans are thin: every rule lives in the
 * services the admin and SCIM REST APIs call too ({@code tokens}, {@code audit}, {@code users},
 * {@code attributes}).
 */
package io.provisio.portal;
