package io.provisio.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.platform.JsonBodies;
import io.provisio.scim.ListQuery;
import io.provisio.scim.Projection;
import io.provisio.tokens.IdentityProvider;
import io.provisio.tokens.TokenPrincipal;
import io.provisio.users.UserService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: the SCIM reads start no transaction (a transaction costs the look-up an IdP
 * makes before every create a COMMIT round trip and the transaction manager's work), while the
 * writes still run in one; adding a new member to a group sends its insert and no look-up; and a
 * single-user read, with no custom attribute defined, gets its groups without a membership query. The packaged WAR plus {@link TransactionRecordingStatements}, which
 * notes the JTA status each time a membership statement runs.
 */
@ExtendWith(ArquillianExtension.class)
class ReadsWithoutTransactionIT {

    private static final URI USERS = URI.create("http://localhost/scim/v2/Users/");
    private static final URI GROUPS = URI.create("http://localhost/scim/v2/Groups/");
    private static final TokenPrincipal CALLER = new TokenPrincipal("arquillian", IdentityProvider.OKTA);

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("provisio.war")))
                .addClasses(ReadsWithoutTransactionIT.class, TransactionRecordingStatements.class,
                        TransactionBeginRecorder.class);
    }

    @Inject
    UserService users;

    @Inject
    GroupService groups;

    @Inject
    TransactionRecordingStatements recorded;

    private String userName;
    private String userId;
    private String groupId;

    @BeforeEach
    void aUserInAGroup() {
        userName = "no-tx-" + UUID.randomUUID() + "@example.com";
        userId = users.create(JsonBodies.readObject("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"" + userName + "\"}"), CALLER, USERS).id();
        groupId = groups.create(JsonBodies.readObject("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"no-tx " + UUID.randomUUID() + "\"}"), CALLER, GROUPS).id();
        recorded.clear();
        groups.patch(groupId, JsonBodies.readObject("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}]}"),
                null, CALLER, GROUPS);
    }

    @Test
    void aMembershipWriteRunsInATransaction() {
        // the control: the recorder sees a transaction when there is one
        assertFalse(recorded.statuses().isEmpty());
        assertTrue(recorded.statuses().stream().allMatch(status -> status == Status.STATUS_ACTIVE),
                () -> "statuses: " + recorded.statuses());
    }

    @Test
    void aNewMemberIsAddedByItsInsertAloneWithoutLookingTheUserUp() {
        // the set-up's PATCH: the insert added the one user it named, which proves the user exists
        assertEquals(1, recorded.statements().size(), () -> "statements: " + recorded.statements());
        assertTrue(recorded.statements().get(0).startsWith("INSERT INTO group_member"), recorded.statements()::toString);
    }

    @Test
    void anAddThatInsertsFewerRowsThanItNamesLooksTheUsersUp() {
        recorded.clear();

        groups.patch(groupId, JsonBodies.readObject("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}]}"),
                null, CALLER, GROUPS);

        assertEquals(2, recorded.statements().size(), () -> "statements: " + recorded.statements());
        assertTrue(recorded.statements().get(1).startsWith("SELECT id FROM scim_user"), recorded.statements()::toString);
    }

    @Test
    void aSingleUserReadGetsItsGroupsInTheUsersStatementAndRunsNoMembershipQuery() {
        // this deployment defines no custom attribute, so both reads fetch the groups with the user
        recorded.clear();

        JsonObject byId = users.get(userId, Projection.ALL, USERS).document();
        JsonObject looked = users.list(query("userName eq \"" + userName + "\""), USERS).users().get(0);

        assertEquals(groupId, byId.getJsonArray("groups").getJsonObject(0).getString("value"));
        assertEquals(byId.getJsonArray("groups"), looked.getJsonArray("groups"));
        assertEquals(List.of(), recorded.statements());
        // the control: a page of users (here of one) still reads its groups with the membership query
        JsonObject listed = users.list(query("userName sw \"" + userName + "\""), USERS).users().get(0);
        assertEquals(byId.getJsonArray("groups"), listed.getJsonArray("groups"));
        assertEquals(1, recorded.statements().size(), () -> "statements: " + recorded.statements());
        assertNoTransaction();
    }

    @Test
    void theUserNameLookUpAndAGeneralFilterStartNoTransaction() {
        recorded.clear();

        assertEquals(1, users.list(query("userName eq \"" + userName + "\""), USERS).total());
        assertEquals(1, users.list(query("userName sw \"" + userName + "\""), USERS).total());

        assertNoTransaction();
    }

    @Test
    void aWriteBeginsOneTransactionAndTheReadsAnIdpMakesBeginNone() {
        TransactionBeginRecorder.clear();
        users.create(JsonBodies.readObject("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"no-tx-" + UUID.randomUUID() + "@example.com\"}"), CALLER, USERS);
        // the control: the recorder sees the write's transaction begin, and only that one
        assertEquals(List.of("UserService.create"), TransactionBeginRecorder.begun());

        TransactionBeginRecorder.clear();
        users.list(query("userName eq \"" + userName + "\""), USERS);
        users.list(query("userName eq \"nobody-" + UUID.randomUUID() + "\""), USERS);
        users.get(userId, Projection.ALL, USERS);
        groups.get(groupId, GROUPS);
        groups.membersAfter(groupId, "", 10);

        // the custom attribute definitions every user read needs came from their cache without one
        assertEquals(List.of(), TransactionBeginRecorder.begun());
    }

    @Test
    void aReadWhoseProjectionLeavesGroupsOutRunsNoMembershipQuery() {
        recorded.clear();
        JsonObject byId = users.get(userId, Projection.of(null, "groups"), USERS).document();
        JsonObject looked = users.list(query("userName eq \"" + userName + "\"", "userName", null), USERS)
                .users().get(0);
        JsonObject listed = users.list(query("userName sw \"" + userName + "\"", null, "groups"), USERS)
                .users().get(0);

        assertEquals(List.of(), recorded.statements());
        // the service still writes the user; the resource's projection then drops what was left out
        assertEquals(userName, byId.getString("userName"));
        assertEquals(userName, looked.getString("userName"));
        assertEquals(userName, listed.getString("userName"));

        // the control: a projection that keeps groups, or part of them, reads them: a page with the
        // membership query, a single user in its own statement
        JsonObject withGroups = users.list(query("userName sw \"" + userName + "\"", "userName,groups.display", null),
                USERS).users().get(0);
        assertEquals(groupId, withGroups.getJsonArray("groups").getJsonObject(0).getString("value"));
        assertEquals(1, recorded.statements().size(), () -> "statements: " + recorded.statements());
        assertEquals(groupId, users.get(userId, Projection.of(null, "groups.display"), USERS).document()
                .getJsonArray("groups").getJsonObject(0).getString("value"));
        assertEquals(groupId, users.list(query("userName eq \"" + userName + "\"", "userName,groups.display", null),
                USERS).users().get(0).getJsonArray("groups").getJsonObject(0).getString("value"));
        assertEquals(1, recorded.statements().size(), () -> "statements: " + recorded.statements());
    }

    @Test
    void aGroupAndItsMembersAreReadOutsideATransaction() {
        recorded.clear();

        groups.get(groupId, GROUPS);
        List<Member> members = groups.membersAfter(groupId, "", 10);

        assertEquals(1, members.size());
        assertNoTransaction();
    }

    private void assertNoTransaction() {
        assertFalse(recorded.statuses().isEmpty(), "the read ran no membership statement");
        assertTrue(recorded.statuses().stream().allMatch(status -> status == Status.STATUS_NO_TRANSACTION),
                () -> "statuses: " + recorded.statuses());
    }

    private static ListQuery query(String filter) {
        return query(filter, null, null);
    }

    private static ListQuery query(String filter, String attributes, String excludedAttributes) {
        return ListQuery.of(new ListQuery.Params(filter, null, null, null, null, attributes, excludedAttributes),
                100, 200);
    }
}
