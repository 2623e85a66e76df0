-- A user's direct groups as rows, so a single-user read can fetch them in the user's own statement
-- (io.provisio.users.Membership, read only): one round trip instead of two for the look-up an IdP
-- makes before every change. Nothing writes to it; membership is written to group_member.
-- H2 2.x and PostgreSQL.

CREATE VIEW user_group AS
SELECT m.user_id, m.group_id, g.display_name, g.display_name_lower
FROM group_member m
JOIN scim_group g ON g.id = m.group_id;
