/**
 * SCIM groups (RFC 7643 section 4.2) and their membership. Membership is the join table
 * {@code group_member}, never a collection on the entity: {@link io.provisio.groups.GroupMembers}
 * writes it with bulk statements that touch only the rows a request names, and members are read
 * back in chunks and streamed, so a group of 100,000 members costs what a group of ten does.
 */
package io.provisio.groups;
