package io.provisio.users;

import io.provisio.attributes.AttributesIgnored;
import io.provisio.attributes.CustomAttribute;
import io.provisio.groups.UserGroup;
import io.provisio.groups.UserGroups;
import io.provisio.scim.ListQuery;
import io.provisio.scim.Projection;
import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.patch.PatchApplier;
import io.provisio.scim.patch.PatchRequest;
import io.provisio.scim.schema.BuiltInSchemas;
import io.provisio.scim.schema.Names;
import io.provisio.scim.schema.ResourceSchema;
import io.provisio.scim.schema.Schemas;
import io.provisio.scim.schema.SchemaValidator;
import io.provisio.tokens.TokenPrincipal;
import io.provisio.users.UserRepository.Fetch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The user rules of the seed: userName unique (by the database, under the canonical form of
 * {@link Names}: names a person cannot tell apart collide) and fixed once
 * provisioned; only displayName, emails, givenName, familyName, active and the two extensions
 * change afterwards. Attributes Provisio does not keep are dropped and counted, or refused when
 * {@code scim.unknown-attributes=reject}. Each change fires a {@link UserEvent} in its transaction.
 */
@ApplicationScoped
@Transactional
public class UserService {

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Inject
    UserRepository repository;

    @Inject
    Event<UserEvent> events;

    @Inject
    Event<AttributesIgnored> ignored;

    @Inject
    UserGroups groups;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "scim.unknown-attributes", defaultValue = "ignore")
    String unknownAttributes;

    private volatile SchemaFor lastSchema;

    /** RFC 7644 section 3.3. */
    public StoredUser create(JsonObject body, TokenPrincipal caller, URI usersBase) {
        List<CustomAttribute> custom = repository.customAttributes();
        UserDocuments.requireUserSchema(body);
        UserAttributes attributes = read(body, custom, caller);
        String userName = Names.required(attributes.userName(), "userName"); // as sent, in NFC
        OffsetDateTime now = OffsetDateTime.now(clock);
        User user = new User(userName, attributes.externalId(), caller.tokenId(), caller.idp(), now);
        user.update(attributes, now);
        // the audit row first, so the insert's flush writes it with the user and the commit has
        // nothing left to write; a refused insert (409) rolls both back
        fire(UserAction.CREATED, user, caller);
        repository.insert(user);
        // a user this transaction has not committed yet is in no group: a membership insert checks
        // the id against scim_user and cannot see it, so there is nothing to ask the database
        return stored(user, custom, usersBase, List.of());
    }

    /**
     * RFC 7644 section 3.4.1. A read: no transaction of its own (see {@link #list}). Without custom
     * attributes the user's groups come in the user's statement; with them, from the membership
     * query; and when the projection leaves {@code groups} out, from neither.
     */
    @Transactional(TxType.SUPPORTS)
    public StoredUser get(String id, Projection projection, URI usersBase) {
        List<CustomAttribute> custom = repository.customAttributes();
        Fetch fetch = Fetch.of(!custom.isEmpty(), withGroups(projection));
        User user = repository.findLoaded(id, fetch);
        List<UserGroup> memberOf = fetch.groups() ? user.groups() : memberships(List.of(user), projection).apply(user);
        return stored(user, custom, usersBase, memberOf);
    }

    /** RFC 7644 section 3.5.1: replaces what may change; userName must stay as it is. */
    public StoredUser replace(String id, JsonObject body, String ifMatch, TokenPrincipal caller, URI usersBase) {
        User user = repository.find(id);
        UserDocuments.checkVersion(user, ifMatch);
        UserDocuments.requireUserSchema(body);
        List<CustomAttribute> custom = repository.customAttributes();
        return change(user, read(body, custom, caller), custom, caller, usersBase);
    }

    /** RFC 7644 section 3.5.2: the operations apply to the stored document, all or none. */
    public StoredUser patch(String id, JsonObject body, String ifMatch, TokenPrincipal caller, URI usersBase) {
        User user = repository.find(id);
        UserDocuments.checkVersion(user, ifMatch);
        PatchRequest request = PatchRequest.parse(body);
        List<CustomAttribute> custom = repository.customAttributes();
        JsonObject current = UserDocuments.withoutMeta(UserWriter.write(user, custom, usersBase.resolve(id)));
        JsonObject patched = new PatchApplier(schema(custom)).apply(current, request);
        return change(user, read(patched, custom, caller), custom, caller, usersBase);
    }

    /** RFC 7644 section 3.6. */
    public void delete(String id, String ifMatch, TokenPrincipal caller) {
        User user = repository.find(id);
        UserDocuments.checkVersion(user, ifMatch);
        repository.delete(user);
        fire(UserAction.DELETED, user, caller);
    }

    /**
     * RFC 7644 section 3.4.2: filtered, sorted and paged by the database. A read, so it joins a
     * transaction if there is one and starts none: a transaction would add a COMMIT round trip and
     * the transaction manager's work to the look-up an IdP makes before every create, and would
     * give these statements no more consistency than PostgreSQL's read committed gives each alone.
     */
    @Transactional(TxType.SUPPORTS)
    public UserPage list(ListQuery query, URI usersBase) {
        List<CustomAttribute> custom = repository.customAttributes();
        Optional<String> userName = query.sortBy() == null && !query.byCursor()
                ? UserRepository.userNameEquals(query.filter()) : Optional.empty();
        long total;
        List<User> users;
        String nextCursor = null;
        boolean fetched = false; // whether the users came with their groups
        if (userName.isPresent()) {
            // at most one user matches: one indexed query is the page and totalResults
            Fetch fetch = Fetch.of(!custom.isEmpty(), withGroups(query.projection()));
            List<User> match = repository.byUserName(userName.get(), fetch);
            total = match.size();
            users = query.startIndex() == 1 && query.count() > 0 ? match : List.of();
            fetched = fetch.groups();
        } else if (query.byCursor()) {
            UserRepository.CursorPage page = repository.pageByCursor(query, custom);
            total = repository.count(query.filter(), custom);
            users = page.users();
            nextCursor = page.nextCursor();
        } else {
            total = repository.count(query.filter(), custom);
            users = query.count() == 0 ? List.of() : repository.page(query, custom);
        }
        Function<User, List<UserGroup>> groupsOf = fetched ? User::groups : memberships(users, query.projection());
        List<JsonObject> page = users.stream()
                .map(user -> UserWriter.write(user, custom, usersBase.resolve(user.id()), groupsOf.apply(user)))
                .toList();
        return new UserPage(total, page, nextCursor);
    }

    /**
     * One page of the portal's user list: the same filter, order and paging as {@link #list}, as
     * summaries. The total is {@link #count(ListQuery)}'s, asked separately as the table does.
     */
    public List<UserSummary> summaries(ListQuery query) {
        return query.count() == 0 ? List.of()
                : repository.page(query, repository.customAttributes()).stream().map(UserSummary::of).toList();
    }

    /** How many users match the query's filter. */
    public long count(ListQuery query) {
        return repository.count(query.filter(), repository.customAttributes());
    }

    /** How many users exist: one COUNT. */
    public long count() {
        return repository.count(null, List.of());
    }

    /** One user for the portal, or empty when no user has this id. */
    public Optional<UserDetail> detail(String id) {
        return repository.findIfExists(id).map(user -> {
            List<CustomAttribute> custom = repository.customAttributes();
            return new UserDetail(UserSummary.of(user), user.externalId(), user.emails(),
                    UserWriter.customText(user, custom), user.provisionedBy());
        });
    }

    private StoredUser change(User user, UserAttributes attributes, List<CustomAttribute> custom,
                              TokenPrincipal caller, URI usersBase) {
        UserDocuments.checkImmutables(user, attributes);
        boolean wasActive = user.active();
        if (user.externalId() == null && attributes.externalId() != null) {
            user.assignExternalId(attributes.externalId());
        }
        user.update(attributes, OffsetDateTime.now(clock));
        UserAction action = wasActive == user.active() ? UserAction.UPDATED
                : user.active() ? UserAction.REACTIVATED : UserAction.DEACTIVATED;
        fire(action, user, caller); // before the flush, which then writes the audit row with the change
        em.flush(); // the new version goes into meta.version and the ETag
        return stored(user, custom, usersBase);
    }

    private UserAttributes read(JsonObject document, List<CustomAttribute> custom, TokenPrincipal caller) {
        SchemaValidator.Result result = SchemaValidator.coerce(document, schema(custom));
        if (!result.unknownAttributes().isEmpty()) {
            if ("reject".equalsIgnoreCase(unknownAttributes)) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE,
                        "Provisio does not keep these attributes: " + String.join(", ", result.unknownAttributes()));
            }
            ignored.fire(new AttributesIgnored(result.unknownAttributes(), caller.idp()));
        }
        return UserReader.read(result.resource(), custom);
    }

    /**
     * The user schema with these custom attributes. The definition cache hands out the same list
     * until the definitions change or expire, so the schema is built once per list, not per request.
     */
    private ResourceSchema schema(List<CustomAttribute> custom) {
        SchemaFor last = lastSchema;
        if (last != null && last.custom() == custom) {
            return last.schema();
        }
        ResourceSchema schema = BuiltInSchemas.userResource(custom.stream().map(CustomAttribute::definition).toList());
        lastSchema = new SchemaFor(custom, schema);
        return schema;
    }

    /** A schema and the very list of definitions it was built from (compared by identity). */
    private record SchemaFor(List<CustomAttribute> custom, ResourceSchema schema) {
    }

    /** Whether the answer keeps any of the users' groups: if not, the membership query is not run. */
    private static boolean withGroups(Projection projection) {
        return projection.keeps(Schemas.USER, UserWriter.GROUPS);
    }

    /**
     * The groups of the users read: one membership query for all of them, not one per user, and
     * none when the projection leaves {@code groups} out.
     */
    private Function<User, List<UserGroup>> memberships(List<User> users, Projection projection) {
        if (!withGroups(projection) || users.isEmpty()) {
            return user -> List.of();
        }
        Map<String, List<UserGroup>> byUser = groups.of(users.stream().map(User::id).toList());
        return user -> byUser.getOrDefault(user.id(), List.of());
    }

    private StoredUser stored(User user, List<CustomAttribute> custom, URI usersBase) {
        return stored(user, custom, usersBase, groups.of(List.of(user.id())).getOrDefault(user.id(), List.of()));
    }

    private static StoredUser stored(User user, List<CustomAttribute> custom, URI usersBase, List<UserGroup> memberOf) {
        return new StoredUser(user.id(), UserWriter.write(user, custom, usersBase.resolve(user.id()), memberOf),
                UserWriter.etag(user));
    }

    private void fire(UserAction action, User user, TokenPrincipal caller) {
        events.fire(new UserEvent(action, user.id(), user.userName(), caller.tokenId(), caller.idp(), clock.instant()));
    }
}
