package io.provisio.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes token secrets. A secret is {@value #PREFIX} followed by 256 random bits in
 * base64url, so secret scanners can recognise a leaked one. Secrets carry full entropy, so a fast
 * SHA-256 is the right hash (a slow one buys nothing and costs every SCIM call); only the hash is
 * stored.
 */
public final class TokenSecrets {

    public static final String PREFIX = "pvs_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Cloned per call: cheaper than a provider look-up on every SCIM request, and never shared. */
    private static final MessageDigest SHA_256 = sha256();

    private TokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of the secret, as stored in {@code scim_token.secret_hash}. */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(freshDigest().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest freshDigest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Constant-time comparison of a presented secret with a stored hash. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a string is shaped like one of our secrets, before any database look-up. */
    public static boolean looksLikeSecret(String candidate) {
        if (candidate == null || candidate.length() != PREFIX.length() + 43 || !candidate.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < candidate.length(); i++) {
            if (!isBase64Url(candidate.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
