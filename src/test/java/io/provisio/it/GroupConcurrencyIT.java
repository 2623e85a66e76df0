package io.provisio.it;

import static io.provisio.it.ScimClient.GROUP_SCHEMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Membership changes that race do not lose each other, and a PUT of 50,000 members works. */
class GroupConcurrencyIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @Test
    void eightConcurrentAddsOfDifferentMembersAllLand() throws Exception {
        ScimClient scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
        List<String> users = IntStream.range(0, 8).mapToObj(i -> scim.createUser("race-m").getString("id")).toList();
        String id = scim.createGroup("Race").getString("id");
        CyclicBarrier start = new CyclicBarrier(users.size());
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            List<CompletableFuture<Api.Reply>> patches = users.stream().map(user -> CompletableFuture.supplyAsync(() -> {
                await(start);
                return scim.patch("/scim/v2/Groups/" + id,
                        "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}]");
            }, pool)).toList();
            List<Api.Reply> replies = patches.stream().map(CompletableFuture::join).toList();

            assertEquals(List.of(204, 204, 204, 204, 204, 204, 204, 204), replies.stream().map(Api.Reply::status).toList());
            Api.Reply after = scim.get("/scim/v2/Groups/" + id);
            assertEquals(users.stream().sorted().toList(), GroupsIT.values(after.json()));
            // each PATCH answers the version its own bump made: eight different ones, the last is the group's
            Set<String> etags = replies.stream().map(reply -> reply.header("ETag")).collect(Collectors.toSet());
            assertEquals(8, etags.size(), () -> "ETags: " + etags);
            assertTrue(etags.contains(after.header("ETag")), () -> after.header("ETag") + " not among " + etags);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void putWithFiftyThousandMembers() throws Exception {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        String prefix = ScimClient.unique("put50k") + "-";
        List<String> users = BulkUsers.insert(server, prefix, 50_000);
        String id = scim.createGroup("Fifty", users.get(0)).getString("id");
        String members = users.stream().map(u -> "{\"value\":\"" + u + "\"}").collect(Collectors.joining(","));

        Api.Reply put = scim.send(scim.request("/scim/v2/Groups/" + id).timeout(Duration.ofMinutes(3))
                .header("Content-Type", ScimClient.SCIM_JSON)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"fifty-"
                        + id + "\",\"members\":[" + members + "]}")));

        assertEquals(200, put.status(), put.body().length() > 500 ? put.body().substring(0, 500) : put.body());
        assertEquals(50_000, put.json().getJsonArray("members").size());
        assertEquals(50_000, BulkUsers.memberCount(server, id));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
