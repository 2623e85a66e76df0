package io.provisio.users;

import io.provisio.attributes.CustomAttribute;
import io.provisio.attributes.CustomAttributeService;
import io.provisio.platform.UniqueViolations;
import io.provisio.scim.ListQuery;
import io.provisio.scim.PageCursor;
import io.provisio.scim.ScimException;
import io.provisio.scim.StorableText;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.Operator;
import io.provisio.scim.schema.Names;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JPA side of users. Listing takes two statements: the page of ids (filtered, sorted, offset
 * in SQL) and those users with their emails and custom values; a count gives totalResults.
 */
@ApplicationScoped
class UserRepository {

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Inject
    PageCursors cursors;

    @Inject
    CustomAttributeService customAttributes;

    List<CustomAttribute> customAttributes() {
        return customAttributes.attributes();
    }

    User find(String id) {
        return findIfExists(id).orElseThrow(() -> ScimException.notFound("No user with id " + id));
    }

    Optional<User> findIfExists(String id) {
        return Optional.ofNullable(possibleId(id) ? em.find(User.class, id) : null);
    }

    /** Ids are at most 64 characters; anything else names no user and is not looked up. */
    private static boolean possibleId(String id) {
        return id != null && id.length() <= 64 && StorableText.problem(id).isEmpty();
    }

    /** Inserts now, so a taken userName (any case) is a 409 here rather than at commit. */
    void insert(User user) {
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw ScimException.conflict("A user with userName '" + user.userName() + "' already exists"
                        + " (names are compared ignoring case, width, spaces at the ends and invisible characters)");
            }
            throw e;
        }
    }

    /**
     * What a user read fetches in the user's own statement, besides the user. Each collection
     * fetched multiplies the rows (a user with 2 emails in 3 groups is 6 rows), so a read fetches
     * its groups this way only when no custom values come too; a user in many groups with many
     * emails would still be one statement, where two would move fewer rows.
     */
    enum Fetch {
        /** The emails. */
        EMAILS("LEFT JOIN FETCH u.emails "),
        /** The emails and the custom values (when any attribute is defined). */
        CUSTOM_VALUES("LEFT JOIN FETCH u.emails LEFT JOIN FETCH u.customValues "),
        /** The emails and the direct groups ({@link User#groups()}): a single-user read without custom values. */
        GROUPS("LEFT JOIN FETCH u.emails LEFT JOIN FETCH u.memberships ");

        private final String joins;

        Fetch(String joins) {
            this.joins = joins;
        }

        /** The fetch for a read that needs custom values, groups, both or neither. */
        static Fetch of(boolean customValues, boolean groups) {
            return customValues ? CUSTOM_VALUES : groups ? GROUPS : EMAILS;
        }

        /** Whether the users come with their groups, so no membership query need follow. */
        boolean groups() {
            return this == GROUPS;
        }
    }

    /**
     * The user with this id and what {@code fetch} names, in one statement, for a read that writes
     * the user out: one round trip instead of three or four.
     */
    User findLoaded(String id, Fetch fetch) {
        // "u.id = :id", not the page's "IN :ids": EclipseLink builds the SQL of a collection
        // parameter anew on every execution
        List<User> found = !possibleId(id) ? List.of()
                : em.createQuery(loading("u.id = :id", fetch), User.class)
                        .setParameter("id", id)
                        .getResultList();
        if (found.isEmpty()) {
            throw ScimException.notFound("No user with id " + id);
        }
        return found.get(0);
    }

    /**
     * The userName of a filter that is exactly {@code userName eq "..."} (the look-up an IdP makes
     * before every create), or empty for any other filter. userName is unique ignoring case, so
     * such a filter matches at most one user and needs neither a count nor a page of ids.
     */
    static Optional<String> userNameEquals(Filter filter) {
        if (filter instanceof Filter.Compare compare && compare.op() == Operator.EQ
                && compare.value() instanceof JsonString name
                && (compare.path().schemaUrn() == null || compare.path().schemaUrn().equalsIgnoreCase(Schemas.USER))
                && compare.path().attribute().equalsIgnoreCase("userName") && compare.path().subAttribute() == null) {
            return Optional.of(name.getString());
        }
        return Optional.empty();
    }

    /**
     * The user whose userName is this one under the canonical form, through its unique key, with what
     * {@code fetch} names: 0 or 1 users. A name the rules refuse can only be one stored before them,
     * and is found ignoring case. Twins kept at upgrade (see {@code NameKeysMigration}) share a
     * canonical form: the one spelled as asked (ignoring case) wins, else all of them are the answer.
     */
    List<User> byUserName(String userName, Fetch fetch) {
        Optional<String> key = Names.validKey(userName);
        List<User> found = em.createQuery(loading(key.isPresent() ? "u.userNameKey = :name" : "u.userNameLower = :name",
                        fetch), User.class)
                .setParameter("name", key.orElseGet(() -> User.lower(userName)))
                .getResultStream()
                .distinct()
                .toList();
        List<User> exact = found.size() < 2 ? found : found.stream().filter(u -> u.isOwnUserName(userName)).toList();
        return exact.isEmpty() ? found : exact;
    }

    void delete(User user) {
        em.remove(user);
        em.flush();
    }

    /** totalResults; remembered per filter until the next committed user change. */
    long count(Filter filter, List<CustomAttribute> custom) {
        long generation = cursors.generation();
        Optional<Long> known = cursors.total(filter);
        if (known.isPresent()) {
            return known.get();
        }
        long total = countNow(filter, custom);
        cursors.rememberTotal(filter, total, generation);
        return total;
    }

    private long countNow(Filter filter, List<CustomAttribute> custom) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<User> user = query.from(User.class);
        query.select(cb.count(user));
        QueryParameters parameters = new QueryParameters(cb);
        if (filter != null) {
            query.where(new UserFilter(cb, query, user, custom, parameters).toPredicate(filter));
        }
        return parameters.bind(em.createQuery(query)).getSingleResult();
    }

    List<User> page(ListQuery list, List<CustomAttribute> custom) {
        String seekField = seekField(list);
        long generation = cursors.generation();
        Optional<String> cursor = seekField == null ? Optional.empty()
                : cursors.after(list.filter(), seekField, descending(list), list.startIndex());
        List<String> ids = ids(list, custom, seekField, cursor, cursor.isPresent() ? 0 : list.startIndex() - 1,
                list.count());
        List<User> users = ids.isEmpty() ? List.of() : load(ids, !custom.isEmpty());
        if (seekField != null && !users.isEmpty()) {
            cursors.remember(list.filter(), seekField, descending(list), list.startIndex() + users.size(),
                    seekKey(users.get(users.size() - 1), seekField), generation);
        }
        return users;
    }

    /** A page by cursor (RFC 9865): its users, and the cursor of the next page (null on the last). */
    record CursorPage(List<User> users, String nextCursor) {
    }

    /**
     * The users after the cursor's key, through the index of the order's unique column: the same
     * cost at any depth. One id more than the page is read, so the last page is known as the last
     * and carries no nextCursor.
     */
    CursorPage pageByCursor(ListQuery list, List<CustomAttribute> custom) {
        String seekField = seekField(list);
        if (seekField == null) {
            throw UserFilter.sortColumn(list.sortBy()).isEmpty() ? notSortable(list)
                    : ScimException.badRequest(ScimType.INVALID_VALUE, "Paging by cursor sorts by id (the default) "
                            + "or userName, the unique orders; to sort by " + list.sortBy() + ", page by startIndex");
        }
        String scope = PageCursor.scope(Schemas.USER, list.filter(), seekField, descending(list));
        Optional<String> after = PageCursor.afterStoredKey(list.cursor(), scope);
        List<String> ids = ids(list, custom, seekField, after, 0, list.count() + 1);
        boolean more = ids.size() > list.count();
        List<String> page = more ? ids.subList(0, list.count()) : ids;
        List<User> users = page.isEmpty() ? List.of() : load(page, !custom.isEmpty());
        return new CursorPage(users,
                more ? PageCursor.encode(scope, seekKey(users.get(users.size() - 1), seekField)) : null);
    }

    /** The ids of a page, in order: after the seek key when there is one, else from the offset. */
    private List<String> ids(ListQuery list, List<CustomAttribute> custom, String seekField, Optional<String> after,
                             int offset, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<User> user = query.from(User.class);
        query.select(user.get("id"));
        QueryParameters parameters = new QueryParameters(cb);
        List<Predicate> where = new ArrayList<>();
        if (list.filter() != null) {
            where.add(new UserFilter(cb, query, user, custom, parameters).toPredicate(list.filter()));
        }
        after.ifPresent(key -> where.add(descending(list)
                ? cb.lessThan(user.get(seekField), parameters.of(String.class, key))
                : cb.greaterThan(user.get(seekField), parameters.of(String.class, key))));
        query.where(where.toArray(Predicate[]::new)).orderBy(order(cb, user, list));
        return parameters.bind(em.createQuery(query))
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultList();
    }

    private static String seekKey(User user, String seekField) {
        return seekField.equals("id") ? user.id() : User.lower(user.userName());
    }

    /** sortOrder counts only with a sortBy (RFC 7644 section 3.4.2.3): the default order is id ascending. */
    private static boolean descending(ListQuery list) {
        return list.sortBy() != null && list.descending();
    }

    /** The column a cursor can seek on: only an order that is unique and never changes. */
    private static String seekField(ListQuery list) {
        if (list.sortBy() == null) {
            return "id";
        }
        String field = UserFilter.sortColumn(list.sortBy()).map(UserFilter.Column::field).orElse(null);
        return "id".equals(field) || "userNameLower".equals(field) ? field : null;
    }

    /** The page's users with their emails and, when any are defined, custom values: no N+1. */
    private List<User> load(List<String> ids, boolean withCustomValues) {
        Map<String, User> byId = em.createQuery(loading("u.id IN :ids", Fetch.of(withCustomValues, false)), User.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(User::id, Function.identity(), (a, b) -> a));
        List<User> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /**
     * The JPQL that reads the users meeting the condition with what {@code fetch} names, in one
     * statement (the same text for the same arguments, so EclipseLink parses it once). No DISTINCT:
     * the database would compare every column of every joined row (a user with 20 emails in 1,000
     * groups is 20,000 rows: 88 ms with it, 50 ms without), while the provider already makes one
     * user of a user's rows; the callers drop the repeated references.
     */
    private static String loading(String condition, Fetch fetch) {
        return "SELECT u FROM User u " + fetch.joins + "WHERE " + condition;
    }

    /** The requested order, then id, so pages are stable however many users share a value. */
    private static List<Order> order(CriteriaBuilder cb, Root<User> user, ListQuery list) {
        List<Order> order = new ArrayList<>();
        if (list.sortBy() != null) {
            UserFilter.Column column = UserFilter.sortColumn(list.sortBy()).orElseThrow(() -> notSortable(list));
            order.add(list.descending() ? cb.desc(user.get(column.field())) : cb.asc(user.get(column.field())));
        }
        order.add(cb.asc(user.get("id")));
        return order;
    }

    private static ScimException notSortable(ListQuery list) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, "Cannot sort by " + list.sortBy()
                + "; sortable: userName, displayName, name.givenName, name.familyName, externalId, id, "
                + "active, meta.created, meta.lastModified");
    }
}
