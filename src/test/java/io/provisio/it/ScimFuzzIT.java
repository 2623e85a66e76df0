package io.provisio.it;

import static io.provisio.it.ScimClient.ENTERPRISE;
import static io.provisio.it.ScimClient.GROUP_SCHEMA;
import static io.provisio.it.ScimClient.PATCH_OP;
import static io.provisio.it.ScimClient.USER_SCHEMA;
import static io.provisio.it.ScimClient.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Sends a few thousand random SCIM requests, mutations of valid documents, filters, PATCH paths
 * and headers, to the packaged WAR: none may answer 5xx, hang, or write a stack trace to the log.
 * The seed comes from {@code -Dfuzz.seed} or at random, and every failure message names it, so
 * {@code -Dfuzz.seed=<seed>} replays the same requests (in the same order, by a few clients at once).
 * {@code -Dfuzz.requests} sets how many; the run stops early at its time budget and says how far it got.
 */
class ScimFuzzIT {

    private static final String CUSTOM = "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";
    private static final String SEARCH = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
    private static final Duration PER_REQUEST = Duration.ofSeconds(15);
    /** Keeps the run well under a minute on a slow machine; the seed still replays the same prefix. */
    private static final Duration BUDGET = Duration.ofSeconds(40);
    /** Clients sending at once: the server answers while a client builds its next request. */
    private static final int CLIENTS = 3;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @Test
    void randomHostileRequestsNeverAnswer5xxHangOrLogAStackTrace() throws Exception {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        int requests = Integer.getInteger("fuzz.requests", 2500);
        System.out.println("ScimFuzzIT seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        String token = api.freshToken("ENTRA_ID");
        ScimClient scim = new ScimClient(api, token);
        String[] custom = {customAttribute("integer"), customAttribute("decimal"), customAttribute("string"),
            customAttribute("dateTime"), customAttribute("boolean")};
        String userId = scim.createUser("fuzz").getString("id");
        String groupId = scim.createGroup("fuzz", userId).getString("id");
        FuzzRequests generator = new FuzzRequests(new Random(seed), userId, groupId, custom, templates(custom, userId));
        List<FuzzRequests.Probe> probes = IntStream.range(0, requests).mapToObj(i -> generator.next()).toList();
        int logBefore = server.log().length();
        int sent = sendAll(probes, token, seed);
        System.out.println("ScimFuzzIT sent " + sent + " requests with seed " + seed);
        String added = server.log().substring(logBefore);
        assertFalse(added.contains("\tat ") || added.contains("SEVERE"),
                "seed " + seed + ": the server log gained a stack trace:\n" + clip(added));
        assertEquals(200, scim.get("/scim/v2/Users/" + userId).status(), "seed " + seed + ": still serving");
    }

    /** Sends the probes in order from a few clients until done or out of time; answers how many went. */
    private int sendAll(List<FuzzRequests.Probe> probes, String token, long seed) throws Exception {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                workers.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < probes.size() && System.nanoTime() < deadline;
                         i = next.getAndIncrement()) {
                        check(probes.get(i), token, seed, i);
                        sent.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                rethrow(worker);
            }
        } finally {
            clients.shutdownNow();
        }
        return sent.get();
    }

    private void check(FuzzRequests.Probe probe, String token, long seed, int index) throws Exception {
        int status = send(probe, token, seed, index);
        if (status >= 500) {
            fail("seed " + seed + ", request " + index + " answered " + status + ": " + probe);
        }
    }

    private static void rethrow(Future<?> worker) throws Exception {
        try {
            worker.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }

    private int send(FuzzRequests.Probe probe, String token, long seed, int index) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(probe.path())).timeout(PER_REQUEST)
                .header("Authorization", "Bearer " + token)
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        if (probe.accept() != null) {
            request.header("Accept", probe.accept());
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw new AssertionError("seed " + seed + ", request " + index + " hung for " + PER_REQUEST + ": " + probe);
        } catch (IOException stale) {
            // the server may close a kept-alive connection after refusing an unread body, and the
            // client may pick that connection for the next request: try once more on a fresh one
            try {
                return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new AssertionError("seed " + seed + ", request " + index + " failed twice (" + e + "): " + probe, e);
            }
        }
    }

    private static FuzzRequests.Templates templates(String[] custom, String userId) {
        JsonObject user = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA).add(ENTERPRISE).add(CUSTOM))
                .add("userName", unique("fuzz") + "@example.com")
                .add("externalId", "ext-1").add("displayName", "Fuzz User")
                .add("name", Json.createObjectBuilder().add("givenName", "Fuzz").add("familyName", "User"))
                .add("active", true)
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("value", "fuzz@example.com").add("type", "work").add("primary", true)))
                .add(ENTERPRISE, Json.createObjectBuilder().add("department", "Sales"))
                .add(CUSTOM, Json.createObjectBuilder().add(custom[0], 42).add(custom[1], 12.5).add(custom[2], "s")
                        .add(custom[3], "2026-01-01T00:00:00Z").add(custom[4], true))
                .build();
        JsonObject group = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(GROUP_SCHEMA))
                .add("displayName", unique("fuzz-group")).add("externalId", "g-1")
                .add("members", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", userId)))
                .build();
        JsonObject patch = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(PATCH_OP))
                .add("Operations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("op", "replace").add("path", "displayName").add("value", "x")))
                .build();
        JsonObject search = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(SEARCH))
                .add("filter", "userName sw \"fuzz\"").add("startIndex", 1).add("count", 5)
                .add("sortBy", "userName").add("attributes", Json.createArrayBuilder().add("userName"))
                .build();
        return new FuzzRequests.Templates(user, group, patch, search);
    }

    private String customAttribute(String type) {
        String name = "f" + unique(type).replace("-", "");
        Api.Reply reply = api.send(api.admin("/api/admin/custom-attributes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}")));
        assertEquals(201, reply.status(), reply.body());
        return name;
    }

    private static String clip(String log) {
        return log.length() > 8000 ? log.substring(0, 8000) + "\n..." : log;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
