package io.provisio.groups;

import io.provisio.platform.DatabaseSettings;
import io.provisio.platform.UniqueViolations;
import io.provisio.scim.ListQuery;
import io.provisio.scim.PageCursor;
import io.provisio.scim.ScimException;
import io.provisio.scim.StorableText;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.schema.Schemas;
import io.provisio.tokens.IdentityProvider;
import io.provisio.users.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JPA side of groups: the group rows only; membership is {@link GroupMembers}' business. */
@ApplicationScoped
class GroupRepository {

    private static final String BUMP = "UPDATE ScimGroup g SET g.version = g.version + 1, g.lastModified = :now "
            + "WHERE g.id = :id";

    /** The group's columns in {@link Group}'s public constructor's order. */
    private static final String COLUMNS = "id, display_name, external_id, created_at, last_modified, version, "
            + "provisioned_by, provisioned_idp";
    private static final String SET_BUMP = "scim_group SET version = version + 1, last_modified = ? WHERE id = ?";

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    private volatile String bumpReturning;

    Group find(String id) {
        return findIfExists(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The group as it is now, not managed: for reads, and for a PATCH that changes only members,
     * so the persistence context neither registers a copy nor checks it for changes at flush.
     * Whatever changes the group's own attributes works on {@link #find}'s managed copy.
     */
    Group snapshot(String id) {
        if (!possibleId(id)) {
            throw notFound(id);
        }
        return em.createNamedQuery(Group.SNAPSHOT, Group.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> notFound(id));
    }

    Optional<Group> findIfExists(String id) {
        return Optional.ofNullable(possibleId(id) ? em.find(Group.class, id) : null);
    }

    /** The 404 for an id that no group can have, before any statement names it. */
    void requirePossibleId(String id) {
        if (!possibleId(id)) {
            throw notFound(id);
        }
    }

    /** Ids are at most 64 characters; anything else names no group and is not looked up. */
    private static boolean possibleId(String id) {
        return id != null && id.length() <= 64 && StorableText.problem(id).isEmpty();
    }

    private static ScimException notFound(String id) {
        return ScimException.notFound("No group with id " + id);
    }

    void insert(Group group) {
        em.persist(group);
        flush(group);
    }

    /** Writes now, so a taken displayName (any case) is a 409 here rather than at commit. */
    void flush(Group group) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw ScimException.conflict("A group with displayName '" + group.displayName() + "' already exists"
                        + " (names are compared ignoring case, width, spaces at the ends and invisible characters)");
            }
            throw e;
        }
    }

    void delete(Group group) {
        em.remove(group);
        em.flush();
    }

    /**
     * A new version after a membership change, without a version check: concurrent member changes
     * touch different rows and must all succeed, so none may fail on the other's version bump.
     * What the transaction still holds (its audit row) is written first: the UPDATE locks the
     * group's row until commit, and every IdP request that changes this group's members waits
     * for that lock, so it is taken last.
     * <p>
     * The usual case is one statement: the UPDATE names the version this request read, and when it
     * matches, the new version is that one plus one (the row is locked, nobody else can bump it).
     * The group (a {@link #snapshot}, or a managed copy, which is detached) then takes its new version
     * and time, so its response carries them and the commit writes nothing more. Only when another
     * request changed the group since it was read does the bump go ahead regardless and the group
     * get read again for the version it now has. Returns the group as the database now holds it.
     */
    Group touch(Group group, OffsetDateTime now) {
        em.flush();
        if (bump(group, now, " AND g.version = :read").setParameter("read", group.version()).executeUpdate() == 1) {
            if (em.contains(group)) {
                em.detach(group);
            }
            group.bumped(now);
            return group;
        }
        bump(group, now, "").executeUpdate();
        if (em.contains(group)) {
            em.refresh(group);
            return group;
        }
        return snapshot(group.id());
    }

    /**
     * The version bump of a members-only change, when no If-Match asked for a version check: one
     * statement that bumps the version and answers the group's row as it now is, so the change
     * needs no read of the group before it. A 404 when no group has this id. The row lock it takes
     * is held until commit; only the audit row is written after it.
     * <p>
     * The two databases spell "the rows an UPDATE changed" differently, and neither knows the
     * other's form: PostgreSQL {@code UPDATE … RETURNING}, H2 {@code SELECT … FROM FINAL TABLE (UPDATE …)}.
     */
    Group bumpReturning(String id, OffsetDateTime now) {
        if (!possibleId(id)) {
            throw notFound(id);
        }
        List<?> rows = em.createNativeQuery(bumpReturningSql()).setParameter(1, now).setParameter(2, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Group((String) row[0], (String) row[1], (String) row[2], utc(row[3]), now,
                ((Number) row[5]).longValue(), (String) row[6],
                row[7] == null ? null : IdentityProvider.valueOf((String) row[7]));
    }

    private String bumpReturningSql() {
        String sql = bumpReturning;
        if (sql == null) {
            sql = switch (DatabaseSettings.fromConfig().kind()) {
                case POSTGRESQL -> "UPDATE " + SET_BUMP + " RETURNING " + COLUMNS;
                case H2 -> "SELECT " + COLUMNS + " FROM FINAL TABLE (UPDATE " + SET_BUMP + ")";
            };
            bumpReturning = sql;
        }
        return sql;
    }

    /** A timestamp column as the JDBC driver hands it over (pgjdbc a Timestamp, H2 an OffsetDateTime). */
    private static OffsetDateTime utc(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Timestamp time) {
            return time.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant time) {
            return time.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime time) {
            return time.toOffsetDateTime();
        }
        throw new IllegalStateException("Unexpected type for a timestamp column: " + value.getClass().getName());
    }

    /** The version bump of {@link #touch}, with a condition appended to its WHERE. */
    private Query bump(Group group, OffsetDateTime now, String condition) {
        return em.createQuery(BUMP + condition).setParameter("now", now).setParameter("id", group.id());
    }

    long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Group> group = query.from(Group.class);
        query.select(cb.count(group));
        QueryParameters parameters = new QueryParameters(cb);
        if (filter != null) {
            query.where(new GroupFilter(cb, query, group, parameters).toPredicate(filter));
        }
        return parameters.bind(em.createQuery(query)).getSingleResult();
    }

    List<Group> page(ListQuery list) {
        return groups(list, Optional.empty(), list.startIndex() - 1, list.count());
    }

    /** A page by cursor (RFC 9865): its groups, and the cursor of the next page (null on the last). */
    record CursorPage(List<Group> groups, String nextCursor) {
    }

    /**
     * The groups after the cursor's key, through the index of the order's unique column (id, or the
     * lower-cased displayName): the same cost at any depth. One group more than the page is read,
     * so the last page is known as the last.
     */
    CursorPage pageByCursor(ListQuery list) {
        String seekField = list.sortBy() == null ? "id" : GroupFilter.sortField(list.sortBy())
                .orElseThrow(() -> notSortable(list));
        if (!seekField.equals("id") && !seekField.equals("displayNameLower")) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "Paging by cursor sorts by id (the default) or "
                    + "displayName, the unique orders; to sort by " + list.sortBy() + ", page by startIndex");
        }
        String scope = PageCursor.scope(Schemas.GROUP, list.filter(), seekField, descending(list));
        Optional<Seek> after = PageCursor.afterStoredKey(list.cursor(), scope).map(key -> new Seek(seekField, key));
        List<Group> found = groups(list, after, 0, list.count() + 1);
        boolean more = found.size() > list.count();
        List<Group> page = more ? found.subList(0, list.count()) : found;
        String next = null;
        if (more) {
            Group last = page.get(page.size() - 1);
            next = PageCursor.encode(scope, seekField.equals("id") ? last.id() : Group.lower(last.displayName()));
        }
        return new CursorPage(page, next);
    }

    /** Where a cursor continues: after this value of a unique column. */
    private record Seek(String field, String key) {
    }

    private List<Group> groups(ListQuery list, Optional<Seek> after, int offset, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Group> query = cb.createQuery(Group.class);
        Root<Group> group = query.from(Group.class);
        QueryParameters parameters = new QueryParameters(cb);
        List<Predicate> where = new ArrayList<>();
        if (list.filter() != null) {
            where.add(new GroupFilter(cb, query, group, parameters).toPredicate(list.filter()));
        }
        after.ifPresent(seek -> where.add(descending(list)
                ? cb.lessThan(group.get(seek.field()), parameters.of(String.class, seek.key()))
                : cb.greaterThan(group.get(seek.field()), parameters.of(String.class, seek.key()))));
        query.where(where.toArray(Predicate[]::new)).orderBy(order(cb, group, list));
        return parameters.bind(em.createQuery(query))
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultList();
    }

    /** sortOrder counts only with a sortBy (RFC 7644 section 3.4.2.3): the default order is id ascending. */
    private static boolean descending(ListQuery list) {
        return list.sortBy() != null && list.descending();
    }

    private static ScimException notSortable(ListQuery list) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, "Cannot sort by " + list.sortBy()
                + "; sortable: displayName, externalId, id, meta.created, meta.lastModified");
    }

    /** The requested order, then id, so pages are stable. */
    private static List<Order> order(CriteriaBuilder cb, Root<Group> group, ListQuery list) {
        List<Order> order = new ArrayList<>();
        if (list.sortBy() != null) {
            String field = GroupFilter.sortField(list.sortBy()).orElseThrow(() -> notSortable(list));
            order.add(list.descending() ? cb.desc(group.get(field)) : cb.asc(group.get(field)));
        }
        order.add(cb.asc(group.get("id")));
        return order;
    }
}
