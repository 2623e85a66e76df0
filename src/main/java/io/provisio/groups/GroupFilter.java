package io.provisio.groups;

import io.provisio.scim.filter.AttrPath;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.schema.Schemas;
import io.provisio.users.ColumnPredicates;
import io.provisio.users.ColumnPredicates.Kind;
import io.provisio.users.QueryParameters;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Translates a SCIM filter into one JPA Criteria predicate over {@link Group}, with the same
 * column rules as users. Membership ({@code members eq "id"}, {@code members.value eq "id"},
 * {@code members[value eq "id"]}) is an {@code EXISTS} on {@code group_member}'s primary key.
 */
final class GroupFilter {

    private record Column(String field, Kind kind) {
    }

    private static final Map<String, Column> CORE = Map.of(
            "id", new Column("id", Kind.CASE_EXACT),
            "externalid", new Column("externalId", Kind.CASE_EXACT),
            "displayname", new Column("displayNameLower", Kind.LOWERED_COPY),
            "meta.created", new Column("createdAt", Kind.TIME),
            "meta.lastmodified", new Column("lastModified", Kind.TIME));

    private final CriteriaBuilder cb;
    private final AbstractQuery<?> query;
    private final Root<Group> group;
    private final ColumnPredicates columns;

    GroupFilter(CriteriaBuilder cb, AbstractQuery<?> query, Root<Group> group, QueryParameters parameters) {
        this.cb = cb;
        this.query = query;
        this.group = group;
        this.columns = new ColumnPredicates(cb, parameters);
    }

    Predicate toPredicate(Filter filter) {
        return translate(filter, this::attribute);
    }

    /** The sortable field for a path, if it is one of the group row's own. */
    static Optional<String> sortField(AttrPath path) {
        return isCore(path) ? Optional.ofNullable(CORE.get(key(path))).map(Column::field) : Optional.empty();
    }

    /** Boolean structure shared by the top level and the inside of {@code members[...]}. */
    private Predicate translate(Filter filter, Function<Filter, Predicate> leaf) {
        if (filter instanceof Filter.And and) {
            return cb.and(translate(and.left(), leaf), translate(and.right(), leaf));
        }
        if (filter instanceof Filter.Or or) {
            return cb.or(translate(or.left(), leaf), translate(or.right(), leaf));
        }
        if (filter instanceof Filter.Not not) {
            return cb.not(translate(not.inner(), leaf));
        }
        return leaf.apply(filter);
    }

    private Predicate attribute(Filter filter) {
        if (filter instanceof Filter.ValuePath valuePath) {
            if (!isCore(valuePath.attribute()) || !valuePath.attribute().attribute().equalsIgnoreCase("members")) {
                throw ColumnPredicates.invalid(valuePath.attribute().toString(), "has no value filter: only members[...] does");
            }
            return memberExists(member -> translate(valuePath.inner(), inner -> memberValue(member, inner)));
        }
        AttrPath path = path(filter);
        if (isCore(path) && path.attribute().equalsIgnoreCase("members")) {
            return memberExists(member -> memberValue(member, filter));
        }
        Column column = isCore(path) ? CORE.get(key(path)) : null;
        if (column == null) {
            throw ColumnPredicates.invalid(path.toString(), "is not an attribute Provisio can filter groups on");
        }
        if (filter instanceof Filter.Compare compare && column.field().equals("displayNameLower")) {
            return columns.name(group.get("displayNameLower"), group.get("displayNameKey"), compare.op(),
                    compare.value(), path.toString());
        }
        return test(group.get(column.field()), column.kind(), filter);
    }

    /** {@code members}, {@code members.value} or, inside brackets, {@code value}: the user id. */
    private Predicate memberValue(Path<?> userId, Filter filter) {
        if (filter instanceof Filter.ValuePath nested) {
            throw ColumnPredicates.invalid(nested.attribute().toString(), "cannot nest a value filter");
        }
        AttrPath path = path(filter);
        String sub = path.attribute().equalsIgnoreCase("members") ? path.subAttribute() : path.attribute();
        if (sub != null && !sub.equalsIgnoreCase("value")) {
            throw ColumnPredicates.invalid(path.toString(), "cannot be filtered on: members are matched by value");
        }
        return test(userId, Kind.CASE_EXACT, filter);
    }

    private Predicate memberExists(Function<Path<?>, Predicate> condition) {
        Subquery<String> sub = query.subquery(String.class);
        Root<GroupMember> member = sub.from(GroupMember.class);
        Path<String> groupId = member.get("key").get("groupId");
        sub.select(groupId).where(cb.equal(groupId, group.get("id")), condition.apply(member.get("key").get("userId")));
        return cb.exists(sub);
    }

    private Predicate test(Path<?> column, Kind kind, Filter filter) {
        if (filter instanceof Filter.Present) {
            return columns.present(column, kind);
        }
        Filter.Compare compare = (Filter.Compare) filter;
        return columns.compare(column, kind, compare.op(), compare.value(), compare.path().toString());
    }

    private static AttrPath path(Filter filter) {
        return filter instanceof Filter.Present present ? present.path() : ((Filter.Compare) filter).path();
    }

    private static boolean isCore(AttrPath path) {
        return path.schemaUrn() == null || path.schemaUrn().equalsIgnoreCase(Schemas.GROUP);
    }

    private static String key(AttrPath path) {
        String name = path.subAttribute() == null ? path.attribute() : path.attribute() + "." + path.subAttribute();
        return name.toLowerCase(Locale.ROOT);
    }
}
