package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's token procedures over the admin API, and every bad input named for them. */
class TokensIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @BeforeEach
    void noTokens() {
        api.removeAllTokens();
    }

    @Test
    void generateAnswersTheSecretOnceWithTheTargetUrl() {
        Api.Reply reply = api.generateToken("ENTRA_ID");

        assertEquals(201, reply.status(), reply.body());
        JsonObject token = reply.json();
        assertEquals("ENTRA_ID", token.getString("idp"));
        assertEquals("Microsoft Entra ID", token.getString("vendor"));
        assertEquals("ACTIVE", token.getString("status"));
        assertTrue(token.getString("token").matches("pvs_[A-Za-z0-9_-]{43}"), token.getString("token"));
        assertEquals(server.uri("/scim/v2").toString(), token.getString("targetUrl"));
        assertTrue(reply.header("Cache-Control").contains("no-store"));
        assertTrue(reply.header("Location").endsWith("/api/admin/tokens/" + token.getString("id")));
        OffsetDateTime created = OffsetDateTime.parse(token.getString("createdAt"));
        OffsetDateTime expires = OffsetDateTime.parse(token.getString("expiresAt"));
        assertEquals(365, java.time.Duration.between(created, expires).toDays());
    }

    @Test
    void listingNeverShowsASecret() {
        String secret = api.generateToken("OKTA").json().getString("token");

        Api.Reply list = api.send(api.admin("/api/admin/tokens"));

        assertEquals(200, list.status());
        assertEquals(1, list.array().size());
        assertFalse(list.body().contains(secret));
        assertFalse(list.array().getJsonObject(0).containsKey("token"));
        assertEquals("Okta", list.array().getJsonObject(0).getString("vendor"));
    }

    @Test
    void aThirdTokenIsRefusedWithAdviceToRemoveOne() {
        assertEquals(201, api.generateToken("ENTRA_ID").status());
        assertEquals(201, api.generateToken("OKTA").status());

        Api.Reply third = api.generateToken("GOOGLE");

        assertEquals(409, third.status());
        assertTrue(third.json().getString("message").contains("Remove one"), third.body());
        assertEquals(2, api.tokens().size());
    }

    @Test
    void twoAdminsRacingForTheLastSlotGetExactlyOneToken() throws Exception {
        assertEquals(201, api.generateToken("ENTRA_ID").status());
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> racers = List.of("OKTA", "ONELOGIN").stream()
                    .map(idp -> CompletableFuture.supplyAsync(() -> {
                        await(barrier);
                        return api.generateToken(idp).status();
                    }, pool))
                    .toList();
            List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();

            assertEquals(List.of(201, 409), statuses);
            assertEquals(2, api.tokens().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badRequestsAnswerAClearJsonMessage() {
        Api.Reply unknownIdp = api.generateToken("MYSPACE");
        Api.Reply malformed = api.send(api.admin("/api/admin/tokens").header("Content-Type", "application/json")
                .POST(Api.json("{\"idp\":")));
        Api.Reply missing = api.send(api.admin("/api/admin/tokens").header("Content-Type", "application/json")
                .POST(Api.json("{}")));
        Api.Reply notAnObject = api.send(api.admin("/api/admin/tokens").header("Content-Type", "application/json")
                .POST(Api.json("[\"OKTA\"]")));

        assertEquals(400, unknownIdp.status());
        assertTrue(unknownIdp.json().getString("message").contains("ENTRA_ID"), unknownIdp.body());
        assertEquals(400, malformed.status());
        assertTrue(malformed.json().getString("message").contains("not valid JSON"), malformed.body());
        assertEquals(400, missing.status());
        assertEquals(400, notAnObject.status());
        assertTrue(api.tokens().isEmpty());
    }

    @Test
    void wrongAdminCredentialsAreRefused() {
        Api.Reply wrong = api.send(Api.basic(api.request("/api/admin/tokens"), "admin", "wrong"));
        Api.Reply none = api.send(api.request("/api/admin/tokens"));

        assertEquals(401, wrong.status());
        assertTrue(wrong.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, wrong.json().getInt("status"));
        assertEquals(401, none.status());
    }

    @Test
    void deactivateActivateRenewAndRemove() {
        String id = api.generateToken("PING_FEDERATE").json().getString("id");

        Api.Reply off = api.tokenAction(id, "deactivate");
        assertEquals(200, off.status());
        assertEquals("INACTIVE", off.json().getString("status"));

        Api.Reply on = api.tokenAction(id, "activate");
        assertEquals("ACTIVE", on.json().getString("status"));

        Api.Reply renewed = api.tokenAction(id, "renew");
        assertEquals(200, renewed.status());
        assertTrue(renewed.json().getString("token").startsWith("pvs_"));
        assertEquals(id, renewed.json().getString("id"));

        assertEquals(204, api.removeToken(id).status());
        assertTrue(api.tokens().isEmpty());
    }

    @Test
    void actingOnARemovedOrUnknownTokenAnswers404() {
        String id = api.generateToken("OKTA").json().getString("id");
        api.removeToken(id);

        for (String action : List.of("activate", "deactivate", "renew")) {
            Api.Reply reply = api.tokenAction(id, action);
            assertEquals(404, reply.status(), action);
            assertTrue(reply.json().getString("message").contains(id));
        }
        assertEquals(404, api.removeToken(id).status());
        assertEquals(404, api.tokenAction("no-such-id", "renew").status());
    }

    @Test
    void renewGivesANewSecretAndTheOldOneStopsAtOnce() {
        String old = api.generateToken("ENTRA_ID").json().getString("token");
        String id = api.tokens().getJsonObject(0).getString("id");
        assertEquals(200, api.send(api.scim("/scim/v2/ServiceProviderConfig", old)).status());

        String renewed = api.tokenAction(id, "renew").json().getString("token");

        assertNotEquals(old, renewed);
        assertEquals(401, api.send(api.scim("/scim/v2/ServiceProviderConfig", old)).status());
        assertEquals(200, api.send(api.scim("/scim/v2/ServiceProviderConfig", renewed)).status());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
