package io.provisio.security;

import io.provisio.it.ProvisioServer;
import java.util.Map;
import java.util.UUID;

/**
 * One server for the login-limit tests, with a limit short enough to wait out: three failures,
 * then two seconds, then four. Its own, so the shared suite's failed logins never meet it; each
 * test is a client address of its own. Stopped when the JVM exits.
 */
final class LimitedServer {

    static final String PASSWORD = "it-" + UUID.randomUUID();
    private static ProvisioServer server;

    private LimitedServer() {
    }

    static synchronized ProvisioServer get() {
        if (server == null) {
            server = ProvisioServer.start(Map.of("SCIM_ADMIN_PASSWORD", PASSWORD,
                    "SCIM_ADMIN_LOGIN_MAX_FAILURES", "3", "SCIM_ADMIN_LOGIN_LOCKOUT", "PT2S",
                    "SCIM_ADMIN_LOGIN_MAX_LOCKOUT", "PT4S"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
