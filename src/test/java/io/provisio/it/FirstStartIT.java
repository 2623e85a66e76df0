package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With no admin password configured, the first start generates a strong one, stores only its
 * hash and prints it once; a restart keeps it and prints nothing.
 */
class FirstStartIT {

    private static final Pattern GENERATED = Pattern.compile("Generated the admin password for user 'admin': (\\S+)");

    @Test
    void aGeneratedPasswordIsPrintedOnceStoredHashedAndWorks() throws Exception {
        try (ProvisioServer server = ProvisioServer.start(Map.of())) {
            Matcher printed = GENERATED.matcher(server.log());
            assertTrue(printed.find(), "no generated password in the log");
            String password = printed.group(1);
            assertTrue(password.length() >= 24, password);
            assertFalse(printed.find(), "printed twice");

            Api api = new Api(server);
            assertEquals(200, api.send(Api.basic(api.request("/api/admin/tokens"), "admin", password)).status());
            try (Connection db = server.jdbc(); Statement s = db.createStatement();
                 ResultSet hash = s.executeQuery("SELECT password_hash FROM admin_account WHERE username = 'admin'")) {
                assertTrue(hash.next());
                assertFalse(hash.getString(1).contains(password));
                assertTrue(hash.getString(1).startsWith("PBKDF2WithHmacSHA256:"), hash.getString(1));
            }

            server.restart();

            Matcher afterRestart = GENERATED.matcher(server.log());
            assertTrue(afterRestart.find());
            assertFalse(afterRestart.find(), "a restart must not generate or print another password");
            assertEquals(200, api.send(Api.basic(api.request("/api/admin/tokens"), "admin", password)).status());
        }
    }
}
