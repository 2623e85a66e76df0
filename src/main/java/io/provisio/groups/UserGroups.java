package io.provisio.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The groups of users, for their read-only {@code groups} attribute: one query per page of users.
 * Reads only: they join the caller's transaction and start none (see {@code UserService#list}).
 * That needs no {@code @Transactional(SUPPORTS)}: a bean without the interceptor runs in whatever
 * transaction its caller has, and the interceptor cost every look-up about 2 % of its server CPU
 * (bench/results/findings.md, Y).
 */
@ApplicationScoped
public class UserGroups {

    @Inject
    NativeStatements statements;

    /** At most a limit of one user's groups (by displayName) and how many there are in all. */
    public record Listing(List<UserGroup> groups, long total) {
    }

    /** One user's first {@code limit} direct groups by displayName, and their number. */
    public Listing first(String userId, int limit) {
        return userId == null ? new Listing(List.of(), 0) : new MemberReader(statements).groupsOf(userId, limit);
    }

    /** Each user's direct groups by user id; a user in no group is absent. */
    public Map<String, List<UserGroup>> of(Collection<String> userIds) {
        return userIds.isEmpty() ? Map.of() : new MemberReader(statements).groupsOf(userIds);
    }
}
