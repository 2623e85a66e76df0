package io.provisio.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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

    @Test
    void theHashIsHexSha256() {
        // FIPS 180-2 test vector for "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
    }

    @Test
    void hashingFromManyThreadsAtOnceGivesEachSecretItsOwnHash() throws Exception {
        List<String> secrets = IntStream.range(0, 200).mapToObj(i -> TokenSecrets.newSecret()).toList();
        List<String> expected = secrets.stream().map(TokenSecrets::hash).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                List<Future<String>> hashes = secrets.stream().map(s -> pool.submit(() -> TokenSecrets.hash(s))).toList();
                for (int i = 0; i < secrets.size(); i++) {
                    assertEquals(expected.get(i), hashes.get(i).get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyCharacterAfterThePrefixMustBeBase64Url() {
        assertTrue(TokenSecrets.looksLikeSecret("pvs_" + "-_09azAZ".repeat(5) + "abc"));
        for (String bad : List.of("+", "/", ".", " ", "é", "\u0000")) {
            String candidate = "pvs_" + "A".repeat(21) + bad + "A".repeat(21);
            assertFalse(TokenSecrets.looksLikeSecret(candidate), candidate);
        }
        assertFalse(TokenSecrets.looksLikeSecret("PVS_" + "A".repeat(43)));
    }
}
