package io.provisio.it;

import static io.provisio.it.ScimClient.USER_SCHEMA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The unique index, not a check-then-insert, decides who wins a userName. */
class UserConcurrencyIT {

    private final Api api = new Api(ProvisioServer.shared());

    @Test
    void concurrentCreatesOfOneUserNameInAnyCaseGiveExactlyOne201() throws Exception {
        ScimClient scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
        String userName = ScimClient.unique("race") + "@example.com";
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<CompletableFuture<Integer>> posts = IntStream.range(0, racers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        String name = i % 2 == 0 ? userName : userName.toUpperCase(Locale.ROOT);
                        await(start);
                        return scim.post("/scim/v2/Users",
                                "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + name + "\"}").status();
                    }, pool))
                    .toList();
            List<Integer> statuses = posts.stream().map(CompletableFuture::join).sorted().toList();

            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            assertEquals(1, scim.filterUsers("userName eq \"" + userName + "\"").json().getInt("totalResults"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
