package io.provisio.users;

import io.provisio.attributes.CustomAttribute;
import io.provisio.scim.filter.AttrPath;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.Operator;
import io.provisio.scim.schema.Schemas;
import io.provisio.users.ColumnPredicates.Kind;
import jakarta.json.JsonValue;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Translates a SCIM filter into one JPA Criteria predicate over {@link User}: the database filters,
 * never Java. Emails and custom attribute values are matched with {@code EXISTS} sub-queries, so
 * a user with several matching emails is still one row and paging stays exact.
 */
final class UserFilter {

    /** A plain column of the user row and how it compares. */
    record Column(String field, Kind kind) {
    }

    private static final Map<String, Column> CORE = Map.of(
            "id", new Column("id", Kind.CASE_EXACT),
            "externalid", new Column("externalId", Kind.CASE_EXACT),
            "username", new Column("userNameLower", Kind.LOWERED_COPY),
            "displayname", new Column("displayName", Kind.CASE_IGNORED),
            "active", new Column("active", Kind.BOOLEAN),
            "name.givenname", new Column("givenName", Kind.CASE_IGNORED),
            "name.familyname", new Column("familyName", Kind.CASE_IGNORED),
            "meta.created", new Column("createdAt", Kind.TIME),
            "meta.lastmodified", new Column("lastModified", Kind.TIME));
    private static final Map<String, Column> EMAIL = Map.of(
            "value", new Column("valueLower", Kind.LOWERED_COPY),
            "type", new Column("type", Kind.CASE_IGNORED),
            "primary", new Column("primary", Kind.BOOLEAN));

    private final CriteriaBuilder cb;
    private final AbstractQuery<?> query;
    private final Root<User> user;
    private final Map<String, CustomAttribute> custom;
    private final ColumnPredicates columns;
    private final QueryParameters parameters;

    UserFilter(CriteriaBuilder cb, AbstractQuery<?> query, Root<User> user, List<CustomAttribute> custom,
               QueryParameters parameters) {
        this.cb = cb;
        this.query = query;
        this.user = user;
        this.custom = custom.stream().collect(java.util.stream.Collectors.toMap(
                a -> a.name().toLowerCase(Locale.ROOT), Function.identity()));
        this.parameters = parameters;
        this.columns = new ColumnPredicates(cb, parameters);
    }

    Predicate toPredicate(Filter filter) {
        if (filter instanceof Filter.And and) {
            return cb.and(toPredicate(and.left()), toPredicate(and.right()));
        }
        if (filter instanceof Filter.Or or) {
            return cb.or(toPredicate(or.left()), toPredicate(or.right()));
        }
        if (filter instanceof Filter.Not not) {
            return cb.not(toPredicate(not.inner()));
        }
        if (filter instanceof Filter.Present present) {
            return attribute(present.path(), null, null);
        }
        if (filter instanceof Filter.Compare compare) {
            return attribute(compare.path(), compare.op(), compare.value());
        }
        return valuePath((Filter.ValuePath) filter);
    }

    /** The sortable column for a path, if it is one of the user row's own. */
    static Optional<Column> sortColumn(AttrPath path) {
        return isCore(path) ? Optional.ofNullable(CORE.get(key(path))) : Optional.empty();
    }

    /** A comparison (op non-null) or a presence test (op null) on one attribute path. */
    private Predicate attribute(AttrPath path, Operator op, JsonValue value) {
        if (isCore(path)) {
            if (path.attribute().equalsIgnoreCase("emails")) {
                String sub = path.subAttribute() == null ? "value" : path.subAttribute();
                return emailsMatch(email -> emailColumn(email, sub, op, value, path));
            }
            Column column = CORE.get(key(path));
            if (column == null) {
                throw ColumnPredicates.invalid(path.toString(), "is not an attribute Provisio can filter on");
            }
            if (op != null && column.field().equals("userNameLower")) {
                return columns.name(user.get("userNameLower"), user.get("userNameKey"), op, value, path.toString());
            }
            return test(user.get(column.field()), column.kind(), op, value, path);
        }
        if (Schemas.ENTERPRISE_USER.equalsIgnoreCase(path.schemaUrn()) && path.attribute().equalsIgnoreCase("department")
                && path.subAttribute() == null) {
            return test(user.get("department"), Kind.CASE_IGNORED, op, value, path);
        }
        if (Schemas.CUSTOM_USER.equalsIgnoreCase(path.schemaUrn()) && path.subAttribute() == null) {
            CustomAttribute attribute = custom.get(path.attribute().toLowerCase(Locale.ROOT));
            if (attribute != null) {
                return customValue(attribute, op, value, path);
            }
        }
        throw ColumnPredicates.invalid(path.toString(), "is not an attribute Provisio can filter on");
    }

    private Predicate valuePath(Filter.ValuePath valuePath) {
        AttrPath parent = valuePath.attribute();
        if (!isCore(parent) || !parent.attribute().equalsIgnoreCase("emails")) {
            throw ColumnPredicates.invalid(parent.toString(), "has no value filter: only emails[...] does");
        }
        return emailsMatch(email -> emailFilter(email, valuePath.inner()));
    }

    private Predicate emailFilter(From<?, Email> email, Filter inner) {
        if (inner instanceof Filter.And and) {
            return cb.and(emailFilter(email, and.left()), emailFilter(email, and.right()));
        }
        if (inner instanceof Filter.Or or) {
            return cb.or(emailFilter(email, or.left()), emailFilter(email, or.right()));
        }
        if (inner instanceof Filter.Not not) {
            return cb.not(emailFilter(email, not.inner()));
        }
        if (inner instanceof Filter.Present p) {
            return emailColumn(email, p.path().attribute(), null, null, p.path());
        }
        if (inner instanceof Filter.Compare c) {
            return emailColumn(email, c.path().attribute(), c.op(), c.value(), c.path());
        }
        throw ColumnPredicates.invalid(((Filter.ValuePath) inner).attribute().toString(), "cannot nest a value filter");
    }

    private Predicate emailColumn(From<?, Email> email, String sub, Operator op, JsonValue value, AttrPath path) {
        Column column = EMAIL.get(sub.toLowerCase(Locale.ROOT));
        if (column == null) {
            throw ColumnPredicates.invalid(path.toString(), "is not an email sub-attribute (value, type, primary)");
        }
        return test(email.get(column.field()), column.kind(), op, value, path);
    }

    private Predicate emailsMatch(Function<From<?, Email>, Predicate> condition) {
        Subquery<String> sub = query.subquery(String.class);
        Root<User> owner = sub.from(User.class);
        Join<User, Email> email = owner.join("emails");
        sub.select(owner.get("id")).where(cb.equal(owner.get("id"), user.get("id")), condition.apply(email));
        return cb.exists(sub);
    }

    private Predicate customValue(CustomAttribute attribute, Operator op, JsonValue value, AttrPath path) {
        Subquery<String> sub = query.subquery(String.class);
        Root<User> owner = sub.from(User.class);
        MapJoin<User, String, CustomValue> values = owner.joinMap("customValues");
        Column column = switch (attribute.type()) {
            case STRING -> new Column("stringLower", Kind.LOWERED_COPY);
            case BOOLEAN -> new Column("booleanValue", Kind.BOOLEAN);
            case INTEGER -> new Column("integerValue", Kind.INTEGER);
            case DECIMAL -> new Column("decimalValue", Kind.DECIMAL);
            case DATE_TIME -> new Column("timeValue", Kind.TIME);
        };
        sub.select(owner.get("id")).where(cb.equal(owner.get("id"), user.get("id")),
                cb.equal(values.key(), parameters.of(String.class, attribute.id())),
                test(values.value().get(column.field()), column.kind(), op, value, path));
        return cb.exists(sub);
    }

    private Predicate test(Path<?> column, Kind kind, Operator op, JsonValue value, AttrPath path) {
        return op == null ? columns.present(column, kind) : columns.compare(column, kind, op, value, path.toString());
    }

    private static boolean isCore(AttrPath path) {
        return path.schemaUrn() == null || path.schemaUrn().equalsIgnoreCase(Schemas.USER);
    }

    private static String key(AttrPath path) {
        String name = path.subAttribute() == null ? path.attribute() : path.attribute() + "." + path.subAttribute();
        return name.toLowerCase(Locale.ROOT);
    }
}
