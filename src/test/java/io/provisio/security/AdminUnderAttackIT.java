package io.provisio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.Api;
import io.provisio.it.ProvisioServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client guessing passwords with many connections at once, by Basic or through the portal's
 * login form, slows the admin and SCIM no more than the same stream of requests that leave the
 * login alone: a valid admin call and a SCIM GET are timed under both in the same run, and their
 * medians compared. Bounded: a few seconds
 * of attack each, from a loopback address of its own, on a server of its own.
 */
class AdminUnderAttackIT {

    private static final int ATTACKERS = 12;
    private static final int SAMPLES = 36;
    private static final int ROUNDS = 3;
    /**
     * Basic guesses: four a second per connection, 48 in all, six times what one hash at a time
     * used to absorb (about eight a second). A portal login renders a page, so one a second per
     * connection. Not a flood of requests of any kind, which two shared cores cannot serve at idle
     * speed whatever the requests ask.
     */
    private static final long BASIC_PACE_MS = 250;
    private static final long PORTAL_PACE_MS = 1000;
    /**
     * The slack over twice as busy: on two cores shared with other servers, any request may wait
     * tens of milliseconds for a core; a stalled login took seconds.
     */
    private static final double SLACK_MS = 50;
    private static ProvisioServer server;
    private static Api api;
    private String token;

    /** The default limit, as in production: five failures, then half a minute refused. */
    @BeforeAll
    static void start() {
        server = ProvisioServer.start(Map.of("SCIM_ADMIN_PASSWORD", "it-" + UUID.randomUUID()));
        api = new Api(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void aToken() {
        token = api.freshToken("OKTA");
    }

    @Test
    void wrongBasicPasswordsDoNotStallTheAdminOrScim() throws Exception {
        LoopbackHttp attacker = new LoopbackHttp(server.base(), "127.0.3.1");
        compareUnder(thread -> {
            LoopbackHttp.Reply reply = attacker.send("GET", "/api/admin/tokens",
                    Map.of("Authorization", LoopbackHttp.basic("admin", "guess-" + UUID.randomUUID())), null);
            assertTrue(reply.status() == 401 || reply.status() == 429, "status " + reply.status());
        }, thread -> assertEquals(401, attacker.send("GET", "/api/admin/tokens", Map.of(), null).status()),
                BASIC_PACE_MS, "wrong Basic passwords");
    }

    @Test
    void failedPortalLoginsDoNotStallTheAdminOrScim() throws Exception {
        LoopbackHttp attacker = new LoopbackHttp(server.base(), "127.0.5.1");
        Map<Integer, PortalLoginForm> forms = new ConcurrentHashMap<>();
        compareUnder(thread -> {
            LoopbackHttp.Reply reply = forms.computeIfAbsent(thread, t -> new PortalLoginForm(attacker))
                    .submit("admin", "guess-" + UUID.randomUUID());
            assertEquals(200, reply.status());
            assertTrue(reply.body().contains("Too many failed attempts") || reply.body().contains("Wrong user name"));
        }, thread -> assertEquals(200, attacker.send("GET", "/portal/login.xhtml", Map.of(), null).status()),
                PORTAL_PACE_MS, "failed portal logins");
    }

    /**
     * Idle, as busy and attacked windows taken in turn, so the machine's own ups and downs fall on
     * all three. "As busy" is the same number of requests at the same pace that ask nothing of the
     * login (no credentials, or the login page): the attack may cost what its requests cost, and
     * no more; on two cores shared with other servers, any steady stream of requests slows the
     * rest. Idle is reported for the record. The threads stop by themselves.
     */
    private void compareUnder(Consumer<Integer> attack, Consumer<Integer> control, long paceMillis, String name)
            throws Exception {
        sample(SAMPLES); // warm up both paths
        Samples idle = new Samples();
        Samples busy = new Samples();
        Samples attacked = new Samples();
        AtomicInteger attempts = new AtomicInteger();
        for (int round = 0; round < ROUNDS; round++) {
            idle.add(sample(SAMPLES / ROUNDS));
            busy.add(underAttack(control, paceMillis, new AtomicInteger()));
            attacked.add(underAttack(attack, paceMillis, attempts));
        }
        String report = name + " (" + attempts + " attempts): admin idle " + idle.admin() + " ms, as busy "
                + busy.admin() + " ms, attacked " + attacked.admin() + " ms; SCIM idle " + idle.scim()
                + " ms, as busy " + busy.scim() + " ms, attacked " + attacked.scim() + " ms";
        System.out.println(report);
        assertTrue(attempts.get() >= ATTACKERS, report);
        assertTrue(attacked.admin() <= allowed(busy.admin()), report);
        assertTrue(attacked.scim() <= allowed(busy.scim()), report);
    }

    private Samples underAttack(Consumer<Integer> attack, long paceMillis, AtomicInteger attempts) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS);
        long pace = TimeUnit.MILLISECONDS.toNanos(paceMillis);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int i = 0; i < ATTACKERS; i++) {
            int thread = i;
            pool.submit(() -> {
                try {
                    for (long next = System.nanoTime(); !stop.get() && next < deadline; next += pace) {
                        attack.accept(thread);
                        attempts.incrementAndGet();
                        TimeUnit.NANOSECONDS.sleep(Math.max(0, next + pace - System.nanoTime()));
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
        }
        Thread.sleep(300); // the attack is under way
        Samples attacked = sample(SAMPLES / ROUNDS);
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(40, TimeUnit.SECONDS));
        assertTrue(failures.isEmpty(), () -> failures.get(0).toString());
        return attacked;
    }

    /** Twice the median as busy, or that plus the slack. */
    private static double allowed(double busy) {
        return Math.max(2 * busy, busy + SLACK_MS);
    }

    /** Times of a valid admin call and of a SCIM GET, in nanoseconds; medians in milliseconds. */
    private record Samples(List<Long> admins, List<Long> scims) {

        Samples() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void add(Samples more) {
            admins.addAll(more.admins());
            scims.addAll(more.scims());
        }

        double admin() {
            return Timing.median(admins) / 1e6;
        }

        double scim() {
            return Timing.median(scims) / 1e6;
        }
    }

    private Samples sample(int count) {
        Samples samples = new Samples();
        for (int i = 0; i < count; i++) {
            samples.admins().add(Timing.timed(() -> assertEquals(200, api.send(api.admin("/api/admin/tokens")).status())));
            samples.scims().add(Timing.timed(() -> assertEquals(200,
                    api.send(api.scim("/scim/v2/Users?count=1", token)).status())));
        }
        return samples;
    }
}
