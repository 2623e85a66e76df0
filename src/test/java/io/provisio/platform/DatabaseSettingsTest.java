package io.provisio.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void theUrlChoosesTheDatabase() {
        assertEquals(DatabaseSettings.Kind.H2, new DatabaseSettings(DatabaseSettings.DEFAULT_URL, "", "").kind());
        assertEquals(DatabaseSettings.Kind.POSTGRESQL,
                new DatabaseSettings("jdbc:postgresql://db:5432/provisio", "u", "p").kind());
        IllegalStateException unsupported = assertThrows(IllegalStateException.class,
                () -> new DatabaseSettings("jdbc:oracle:thin:@x", "", "").kind());
        assertTrue(unsupported.getMessage().contains("jdbc:postgresql:"));
    }

    @Test
    void passwordsNeverReachALogLine() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://db/provisio?user=u&password=s3cret&ssl=true", "u", "other-s3cret");

        assertFalse(settings.redactedUrl().contains("s3cret"));
        assertTrue(settings.redactedUrl().contains("ssl=true"));
        assertFalse(settings.toString().contains("s3cret"));
    }

    @Test
    void anH2UrlWritesEachCommitBeforeItReturnsUnlessItSetsAWriteDelay() {
        assertEquals("jdbc:h2:file:./data/provisio;WRITE_DELAY=0",
                new DatabaseSettings(DatabaseSettings.DEFAULT_URL, "", "").connectionUrl());
        assertEquals("jdbc:h2:file:/srv/provisio;AUTO_SERVER=TRUE;WRITE_DELAY=0",
                new DatabaseSettings("jdbc:h2:file:/srv/provisio;AUTO_SERVER=TRUE", "", "").connectionUrl());
        assertEquals("jdbc:h2:file:/srv/provisio;write_delay=500",
                new DatabaseSettings("jdbc:h2:file:/srv/provisio;write_delay=500", "", "").connectionUrl());
        assertEquals("jdbc:postgresql://db:5432/provisio",
                new DatabaseSettings("jdbc:postgresql://db:5432/provisio", "", "").connectionUrl());
    }
}
