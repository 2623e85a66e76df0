package io.provisio.users;

import io.provisio.attributes.CustomAttribute;
import io.provisio.attributes.CustomAttributeService;
import io.provisio.platform.UniqueViolations;
import io.provisio.scim.ListQuery;
import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.Operator;
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
        return id != null && id.length() <= 64;
    }

    /** Inserts now, so a taken userName (any case) is a 409 here rather than at commit. */
    void insert(User user) {
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw ScimException.conflict("A user with userName '" + user.userName() + "' already exists");
            }
            throw e;
        }
    }

    /**
     * The user with this id, its emails (and custom values, when any are defined) fetched in the
     * same statement, for a read that writes the user out: one round trip instead of three.
     */
    User findLoaded(String id, boolean withCustomValues) {
        // "u.id = :id", not the page's "IN :ids": EclipseLink builds the SQL of a collection
        // parameter anew on every execution
        List<User> found = !possibleId(id) ? List.of()
                : em.createQuery(loading("u.id = :id", withCustomValues), User.class)
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

    /** The user whose userName is this one ignoring case, with emails (and custom values): 0 or 1 users. */
    List<User> byUserName(String userName, boolean withCustomValues) {
        return em.createQuery(loading("u.userNameLower = :name", withCustomValues), User.class)
                .setParameter("name", User.lower(userName))
                .getResultList();
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
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<User> user = query.from(User.class);
        query.select(user.get("id"));
        QueryParameters parameters = new QueryParameters(cb);
        List<Predicate> where = new ArrayList<>();
        if (list.filter() != null) {
            where.add(new UserFilter(cb, query, user, custom, parameters).toPredicate(list.filter()));
        }
        String seekField = seekField(list);
        long generation = cursors.generation();
        Optional<String> cursor = seekField == null ? Optional.empty()
                : cursors.after(list.filter(), seekField, list.descending(), list.startIndex());
        cursor.ifPresent(key -> where.add(list.descending()
                ? cb.lessThan(user.get(seekField), parameters.of(String.class, key))
                : cb.greaterThan(user.get(seekField), parameters.of(String.class, key))));
        query.where(where.toArray(Predicate[]::new)).orderBy(order(cb, user, list));
        List<String> ids = parameters.bind(em.createQuery(query))
                .setFirstResult(cursor.isPresent() ? 0 : list.startIndex() - 1)
                .setMaxResults(list.count())
                .getResultList();
        List<User> users = ids.isEmpty() ? List.of() : load(ids, !custom.isEmpty());
        if (seekField != null && !users.isEmpty()) {
            User last = users.get(users.size() - 1);
            cursors.remember(list.filter(), seekField, list.descending(), list.startIndex() + users.size(),
                    seekField.equals("id") ? last.id() : User.lower(last.userName()), generation);
        }
        return users;
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
        Map<String, User> byId = em.createQuery(loading("u.id IN :ids", withCustomValues), User.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(User::id, Function.identity(), (a, b) -> a));
        List<User> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /**
     * The JPQL that reads the users meeting the condition with their emails and, when asked, their
     * custom values, in one statement (the same text for the same arguments, so EclipseLink parses
     * it once).
     */
    private static String loading(String condition, boolean withCustomValues) {
        return "SELECT DISTINCT u FROM User u LEFT JOIN FETCH u.emails "
                + (withCustomValues ? "LEFT JOIN FETCH u.customValues " : "") + "WHERE " + condition;
    }

    /** The requested order, then id, so pages are stable however many users share a value. */
    private static List<Order> order(CriteriaBuilder cb, Root<User> user, ListQuery list) {
        List<Order> order = new ArrayList<>();
        if (list.sortBy() != null) {
            UserFilter.Column column = UserFilter.sortColumn(list.sortBy()).orElseThrow(() -> ScimException.badRequest(
                    ScimType.INVALID_VALUE, "Cannot sort by " + list.sortBy()
                            + "; sortable: userName, displayName, name.givenName, name.familyName, externalId, id, "
                            + "active, meta.created, meta.lastModified"));
            order.add(list.descending() ? cb.desc(user.get(column.field())) : cb.asc(user.get(column.field())));
        }
        order.add(cb.asc(user.get("id")));
        return order;
    }
}
