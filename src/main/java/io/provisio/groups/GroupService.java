package io.provisio.groups;

import io.provisio.attributes.AttributesIgnored;
import io.provisio.scim.ListQuery;
import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.patch.PatchApplier;
import io.provisio.scim.patch.PatchRequest;
import io.provisio.scim.schema.BuiltInSchemas;
import io.provisio.scim.schema.Names;
import io.provisio.tokens.TokenPrincipal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The group rules: displayName unique under the canonical form of {@link Names} (by the
 * database); members are users that exist, checked before anything is written, so a bad id changes nothing. Membership changes are
 * SQL on the named rows plus a version bump, never a rewrite of the list, so concurrent changes
 * of one group's members do not lose each other. Each change fires a {@link GroupEvent}.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    @Inject
    GroupRepository repository;

    @Inject
    NativeStatements statements;

    @Inject
    Event<GroupEvent> events;

    @Inject
    Event<AttributesIgnored> ignored;

    @Inject
    Clock clock;

    private GroupMembers members;
    private MemberReader reader;

    @PostConstruct
    void init() {
        members = new GroupMembers(statements);
        reader = new MemberReader(statements);
    }

    /** RFC 7644 section 3.3. */
    public StoredGroup create(JsonObject body, TokenPrincipal caller, URI groupsBase) {
        GroupDocuments.requireGroupSchema(body);
        GroupDocuments.Read read = readBody(body, caller);
        Group group = new Group(named(read.attributes(), null), caller.tokenId(), caller.idp(), now());
        repository.insert(group);
        int added = members.add(group.id(), read.members());
        fire(GroupAction.CREATED, group, caller, Map.of("members", (long) added));
        return stored(group, groupsBase);
    }

    /**
     * RFC 7644 section 3.4.1: the group without members; they are streamed by {@link #membersAfter}.
     * Reads here join a transaction and start none, as the users' reads do ({@code UserService#list}).
     */
    @Transactional(TxType.SUPPORTS)
    public StoredGroup get(String id, URI groupsBase) {
        return stored(repository.snapshot(id), groupsBase);
    }

    /** Up to {@code limit} members after a user id, for streaming a group's members in chunks. */
    @Transactional(TxType.SUPPORTS)
    public List<Member> membersAfter(String groupId, String afterUserId, int limit) {
        return reader.membersAfter(groupId, afterUserId, limit);
    }

    /** RFC 7644 section 3.5.1: members absent from the body means no members, as replace says. */
    public StoredGroup replace(String id, JsonObject body, String ifMatch, TokenPrincipal caller, URI groupsBase) {
        Group group = repository.find(id);
        GroupDocuments.checkVersion(group, ifMatch);
        GroupDocuments.requireGroupSchema(body);
        GroupDocuments.Read read = readBody(body, caller);
        return finish(group, read.attributes(), members.replace(id, read.members()), caller, groupsBase);
    }

    /**
     * RFC 7644 section 3.5.2: all operations or none (one transaction). Without If-Match, the body
     * is read before the group: a bad body is a 400 even for an unknown id.
     */
    public StoredGroup patch(String id, JsonObject body, String ifMatch, TokenPrincipal caller, URI groupsBase) {
        if (ifMatch == null) {
            GroupPatch patch = GroupPatch.of(PatchRequest.parse(body));
            return patch.attributeOperations().isEmpty()
                    ? changeMembers(id, patch, caller, groupsBase)
                    : patch(repository.snapshot(id), patch, null, caller, groupsBase);
        }
        Group group = repository.snapshot(id);
        GroupDocuments.checkVersion(group, ifMatch);
        return patch(group, GroupPatch.of(PatchRequest.parse(body)), ifMatch, caller, groupsBase);
    }

    private StoredGroup patch(Group read, GroupPatch patch, String ifMatch, TokenPrincipal caller, URI groupsBase) {
        Group group = read;
        String id = group.id();
        GroupAttributes attributes = new GroupAttributes(group.displayName(), group.externalId());
        if (!patch.attributeOperations().isEmpty()) {
            group = repository.find(id); // managed, as its attributes may change; checked again, as it is read again
            GroupDocuments.checkVersion(group, ifMatch);
            JsonObject current = GroupWriter.withoutMeta(GroupWriter.header(group, groupsBase.resolve(id)));
            JsonObject patched = new PatchApplier(BuiltInSchemas.groupResource())
                    .apply(current, new PatchRequest(patch.attributeOperations()));
            attributes = GroupDocuments.attributes(GroupDocuments.coerced(patched));
        }
        MembersApplied applied = applyMembers(id, patch);
        requireUsers(applied.unconfirmed());
        return finish(group, attributes, applied.counts(), caller, groupsBase);
    }

    /**
     * A PATCH of members only, without If-Match (how Entra ID and Okta change membership): the
     * member statements, then the audit row (naming the group from its row), then the version bump
     * that answers the group's row: last, so its row lock is held only until the commit. No read
     * of the group first. A group that does not exist adds nothing and bumps nothing: 404.
     * Only when an add did not add every user it named (members already, or no such user) is the
     * group read first, so that an unknown group is a 404 before an unknown user is a 400.
     */
    private StoredGroup changeMembers(String id, GroupPatch patch, TokenPrincipal caller, URI groupsBase) {
        repository.requirePossibleId(id);
        MembersApplied applied = applyMembers(id, patch);
        if (!applied.unconfirmed().isEmpty()) {
            repository.snapshot(id);
            requireUsers(applied.unconfirmed());
        }
        if (!applied.counts().any()) {
            return stored(repository.snapshot(id), groupsBase);
        }
        // the audit row first, naming the group from its row; the bump last, as it takes the row's lock
        events.fire(GroupEvent.membersChanged(id, caller.tokenId(), caller.idp(), clock.instant(),
                membersChanged(applied.counts())));
        return stored(repository.bumpReturning(id, now()), groupsBase);
    }

    /** What a PATCH's member operations did, and the ids an add named but did not add. */
    private record MembersApplied(GroupMembers.Counts counts, Set<String> unconfirmed) {
    }

    private MembersApplied applyMembers(String id, GroupPatch patch) {
        GroupMembers.Counts counts = new GroupMembers.Counts(0, 0);
        Set<String> unconfirmed = new LinkedHashSet<>();
        for (MemberChange change : patch.memberChanges()) {
            GroupMembers.Counts applied = apply(id, change);
            if (change.kind() != MemberChange.Kind.REMOVE && applied.added() < change.userIds().size()) {
                unconfirmed.addAll(change.userIds()); // members already, or no user at all
            }
            counts = counts.plus(applied);
        }
        return new MembersApplied(counts, unconfirmed);
    }

    /** RFC 7644 section 3.6; the database removes the membership rows with the group. */
    public void delete(String id, String ifMatch, TokenPrincipal caller) {
        Group group = repository.find(id);
        GroupDocuments.checkVersion(group, ifMatch);
        repository.delete(group);
        fire(GroupAction.DELETED, group, caller, Map.of());
    }

    /** RFC 7644 section 3.4.2 (and RFC 9865 cursors): filtered, sorted and paged by the database. */
    @Transactional(TxType.SUPPORTS)
    public GroupPage list(ListQuery query, URI groupsBase) {
        if (query.byCursor()) {
            GroupRepository.CursorPage page = repository.pageByCursor(query);
            return new GroupPage(repository.count(query.filter()), page.groups().stream()
                    .map(g -> GroupWriter.header(g, groupsBase.resolve(g.id()))).toList(), page.nextCursor());
        }
        long total = repository.count(query.filter());
        List<JsonObject> page = query.count() == 0 ? List.of()
                : repository.page(query).stream().map(g -> GroupWriter.header(g, groupsBase.resolve(g.id()))).toList();
        return new GroupPage(total, page, null);
    }

    /**
     * The portal's page of groups: the same filter, order and paging as {@link #list}, with member
     * counts up to {@link GroupSummary#COUNT_CAP} (above it: "more than"), one statement per page.
     */
    public List<GroupSummary> summaries(ListQuery query) {
        if (query.count() == 0) {
            return List.of();
        }
        List<Group> page = repository.page(query);
        Map<String, Long> counts = reader.memberCounts(page.stream().map(Group::id).toList(), GroupSummary.COUNT_CAP);
        return page.stream().map(g -> GroupSummary.of(g, counts.getOrDefault(g.id(), 0L))).toList();
    }

    /** How many groups match the query's filter: one COUNT. */
    public long count(ListQuery query) {
        return repository.count(query.filter());
    }

    /** How many groups exist: one COUNT. */
    public long count() {
        return repository.count(null);
    }

    /** One group for the portal, or empty when no group has this id. */
    public Optional<GroupDetail> detail(String id) {
        return repository.findIfExists(id)
                .map(g -> new GroupDetail(GroupSummary.of(g, reader.memberCount(g.id())), g.provisionedBy()));
    }

    /** How many members a group has (0 for an unknown group), without reading them. */
    public long memberCount(String groupId) {
        return reader.memberCount(groupId);
    }

    /**
     * A page of a group's members by user id: after {@code afterUserId} (null or "" for the start),
     * skipping {@code skip} rows first. See {@link MemberReader#memberPage}.
     */
    public List<MemberSummary> memberPage(String groupId, String afterUserId, int skip, int limit) {
        return reader.memberPage(groupId, afterUserId, skip, limit);
    }

    private GroupMembers.Counts apply(String groupId, MemberChange change) {
        return switch (change.kind()) {
            case ADD -> new GroupMembers.Counts(members.add(groupId, change.userIds()), 0);
            case REMOVE -> new GroupMembers.Counts(0, members.remove(groupId, change.userIds()));
            case REPLACE -> members.replace(groupId, change.userIds());
        };
    }

    /** Attributes through the entity (version-checked); a members-only change bumps the version in SQL. */
    private StoredGroup finish(Group group, GroupAttributes attributes, GroupMembers.Counts counts,
                               TokenPrincipal caller, URI groupsBase) {
        attributes = named(attributes, group.displayName());
        boolean changed = group.differsFrom(attributes);
        if (changed) {
            group.update(attributes, now());
            repository.flush(group);
            fire(GroupAction.UPDATED, group, caller, Map.of());
        }
        if (counts.any()) {
            fire(GroupAction.MEMBERS_CHANGED, group, caller, membersChanged(counts));
            if (!changed) {
                group = repository.touch(group, now()); // last: it takes the group's row lock (see touch)
            }
        }
        return stored(group, groupsBase);
    }

    /**
     * The attributes with displayName under the name rules (NFC, no control or format characters,
     * something visible), unless it is the group's current name as stored: a name kept from before
     * the rules stays usable.
     */
    private static GroupAttributes named(GroupAttributes attributes, String current) {
        return attributes.displayName().equals(current) ? attributes
                : new GroupAttributes(Names.required(attributes.displayName(), "displayName"), attributes.externalId());
    }

    private static Map<String, Long> membersChanged(GroupMembers.Counts counts) {
        return GroupEvent.counts("added", counts.added(), "removed", counts.removed());
    }

    private GroupDocuments.Read readBody(JsonObject body, TokenPrincipal caller) {
        GroupDocuments.Read read = GroupDocuments.read(body);
        if (!read.unknownAttributes().isEmpty()) {
            ignored.fire(new AttributesIgnored(read.unknownAttributes(), caller.idp()));
        }
        requireUsers(read.members());
        return read;
    }

    /**
     * 400 invalidValue naming the ids that are no user. A PUT checks before it writes; a PATCH
     * checks only the ids its inserts did not all add (an IdP adding a new user, the usual case,
     * costs no look-up), and the exception rolls back what it wrote.
     */
    private void requireUsers(Set<String> ids) {
        Set<String> missing = members.missingUsers(ids);
        if (!missing.isEmpty()) {
            String named = missing.stream().limit(20).collect(Collectors.joining(", "));
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "No user with id " + named
                    + (missing.size() > 20 ? " and " + (missing.size() - 20) + " more" : "")
                    + "; members must be existing users. Nothing was changed.");
        }
    }

    private StoredGroup stored(Group group, URI groupsBase) {
        return new StoredGroup(group.id(), GroupWriter.header(group, groupsBase.resolve(group.id())),
                GroupWriter.etag(group));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private void fire(GroupAction action, Group group, TokenPrincipal caller, Map<String, Long> counts) {
        events.fire(new GroupEvent(action, group.id(), group.displayName(), caller.tokenId(), caller.idp(),
                clock.instant(), counts));
    }
}
