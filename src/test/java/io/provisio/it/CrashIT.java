package io.provisio.it;

import static io.provisio.it.ScimClient.USER_SCHEMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 201 means the user is stored: eight clients create users while the server is killed with
 * SIGKILL, and after a start on the same database every user the server acknowledged reads back as
 * it was answered.
 */
class CrashIT {

    private static final int WRITERS = 8;
    private static final Duration WRITING = Duration.ofSeconds(10);
    /** Every writer stops by then at the latest, whatever the server does. */
    private static final Duration WRITERS_DEADLINE = Duration.ofMinutes(2);

    /** What the server answered with a 201: the id and the values it said it stored. */
    record Acknowledged(String id, String userName, String email, String displayName) {

        static Acknowledged of(JsonObject user) {
            return new Acknowledged(user.getString("id"), user.getString("userName"),
                    user.getJsonArray("emails").getJsonObject(0).getString("value"), user.getString("displayName"));
        }
    }

    @Test
    void everyAcknowledgedUserSurvivesAKill() throws Exception {
        try (ProvisioServer server = ProvisioServer.start(Map.of("SCIM_ADMIN_PASSWORD", "it-" + UUID.randomUUID()))) {
            Api api = new Api(server);
            Writers writers = new Writers(new ScimClient(api, api.freshToken("OKTA")));
            writers.start();
            Thread.sleep(WRITING.toMillis());
            server.kill();
            writers.finish();

            server.startAgain();
            assertTrue(writers.acknowledged.size() > WRITERS, "too few writes to tell: " + writers.acknowledged.size());
            assertAllReadable(new Api(server), writers.acknowledged);
        }
    }

    private static void assertAllReadable(Api api, Queue<Acknowledged> acknowledged) {
        ScimClient scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
        List<String> lost = new ArrayList<>();
        for (Acknowledged user : acknowledged) {
            Api.Reply reply = scim.get("/scim/v2/Users/" + user.id());
            if (reply.status() != 200) {
                lost.add(user.id() + " answers " + reply.status());
            } else if (!Acknowledged.of(reply.json()).equals(user)) {
                lost.add(user.id() + " reads " + reply.body());
            }
        }
        assertEquals(List.of(), lost, lost.size() + " of " + acknowledged.size() + " acknowledged users are lost or changed");
    }

    /** Eight clients that create users until the server goes away, each recording what it was answered. */
    private static final class Writers {

        private final ScimClient scim;
        private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        private final List<Future<?>> running = new ArrayList<>();
        private final Instant deadline = Instant.now().plus(WRITERS_DEADLINE);
        private volatile boolean stopping;
        final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

        Writers(ScimClient scim) {
            this.scim = scim;
        }

        void start() {
            for (int i = 0; i < WRITERS; i++) {
                running.add(pool.submit(this::write));
            }
        }

        /** Lets the writers see the server gone, then waits for them. */
        void finish() throws Exception {
            stopping = true;
            pool.shutdown();
            assertTrue(pool.awaitTermination(WRITERS_DEADLINE.toSeconds(), TimeUnit.SECONDS), "writers still running");
            for (Future<?> writer : running) {
                writer.get();
            }
        }

        private void write() {
            while (!stopping && Instant.now().isBefore(deadline)) {
                String name = ScimClient.unique("crash");
                String body = "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + name + "\","
                        + "\"displayName\":\"Crash " + name + "\","
                        + "\"emails\":[{\"value\":\"" + name + "@example.com\",\"type\":\"work\",\"primary\":true}]}";
                try {
                    Api.Reply reply = scim.post("/scim/v2/Users", body);
                    if (reply.status() == 201) {
                        acknowledged.add(Acknowledged.of(reply.json()));
                    }
                } catch (UncheckedIOException e) {
                    // the server went away: the request was refused or cut off, never acknowledged
                    sleep();
                }
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
