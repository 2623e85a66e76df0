package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A group of 100,000 members: adding or removing one stays a few statements on the named rows
 * (counted in GroupMembersTest); here the server answers at once and the count is exact.
 */
class BigGroupIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @Test
    void addAndRemoveOneMemberOfAHundredThousand() throws Exception {
        ScimClient scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
        String prefix = ScimClient.unique("big") + "-";
        BulkUsers.insert(server, prefix, 100_000);
        String id = scim.createGroup("Big").getString("id");
        BulkUsers.addAll(server, id, prefix);
        assertEquals(100_000, BulkUsers.memberCount(server, id));
        String newcomer = scim.createUser("big-new").getString("id");
        String path = "/scim/v2/Groups/" + id;

        Instant start = Instant.now();
        assertEquals(204, scim.patch(path, "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + newcomer
                + "\"}]}]").status());
        assertEquals(100_001, BulkUsers.memberCount(server, id));
        assertEquals(204, scim.patch(path, "[{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + newcomer
                + "\\\"]\"}]").status());
        Duration twoPatches = Duration.between(start, Instant.now());
        assertEquals(100_000, BulkUsers.memberCount(server, id));
        System.out.println("BigGroupIT: add + remove of one member of 100,000 took " + twoPatches.toMillis() + " ms");

        Api.Reply header = scim.get(path + "?excludedAttributes=members");
        assertEquals(200, header.status());
        assertFalse(header.json().containsKey("members"));
    }
}
