/**
 * Custom user attributes: the admin-defined part of the custom extension schema
 * ({@code urn:ietf:params:scim:schemas:extension:ivanti:2.0:User}), kept as data so an admin can
 * add one without a deploy; and the record of attributes IdPs sent that Provisio does not keep,
 * so that ignoring a value never means losing it silently.
 */
package io.provisio.attributes;
