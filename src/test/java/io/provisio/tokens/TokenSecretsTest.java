package io.provisio.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void secretsCarry256RandomBitsBehindARecognisablePrefix() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = TokenSecrets.newSecret();
            assertTrue(secret.startsWith("pvs_"));
            assertEquals(4 + 43, secret.length()); // 32 bytes in unpadded base64url
            assertTrue(TokenSecrets.looksLikeSecret(secret));
            assertTrue(seen.add(secret));
        }
    }

    @Test
    void onlyTheHashIsKeptAndItMatchesOnlyItsSecret() {
        String secret = TokenSecrets.newSecret();
        String hash = TokenSecrets.hash(secret);

        assertEquals(64, hash.length());
        assertFalse(hash.contains(secret.substring(4)));
        assertTrue(TokenSecrets.matches(secret, hash));
        assertFalse(TokenSecrets.matches(TokenSecrets.newSecret(), hash));
        assertNotEquals(hash, TokenSecrets.hash(secret + "x"));
    }

    @Test
    void stringsOfAnotherShapeAreNotSecrets() {
        assertFalse(TokenSecrets.looksLikeSecret(null));
        assertFalse(TokenSecrets.looksLikeSecret(""));
        assertFalse(TokenSecrets.looksLikeSecret("pvs_short"));
        assertFalse(TokenSecrets.looksLikeSecret("xyz_" + "A".repeat(43)));
        assertFalse(TokenSecrets.looksLikeSecret("pvs_" + "A".repeat(42) + "="));
        assertFalse(TokenSecrets.looksLikeSecret("pvs_" + "A".repeat(44)));
    }
}
