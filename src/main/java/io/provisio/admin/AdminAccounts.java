package io.provisio.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin login. At start the configured password ({@code scim.admin.password}) is stored as a
 * PBKDF2 hash; with none configured, a strong one is generated once, stored hashed and printed
 * once in the log. A verified login is remembered for a few minutes by a fast digest, so HTTP
 * Basic does not pay the slow hash on every request.
 * <p>
 * Checks run in parallel (a read lock): the start-up work is done before the first check, and the
 * remembered logins are a concurrent map. An unknown user name is checked against a hash of the
 * same cost, so the answer takes as long whether or not the name exists.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@Lock(LockType.READ)
public class AdminAccounts {

    private static final Logger LOG = Logger.getLogger(AdminAccounts.class.getName());
    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "scim.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "scim.admin.password")
    Optional<String> configuredPassword;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private String unknownUserHash;

    @PostConstruct
    void ensureAccount() {
        hasher.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        unknownUserHash = hasher.generate(generatePassword().toCharArray());
        AdminAccount account = em.find(AdminAccount.class, username);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
            char[] password = configuredPassword.get().toCharArray();
            if (account == null) {
                em.persist(new AdminAccount(username, hasher.generate(password), now));
            } else if (!hasher.verify(password, account.passwordHash())) {
                account.changePassword(hasher.generate(password), now);
            }
        } else if (account == null) {
            String generated = generatePassword();
            em.persist(new AdminAccount(username, hasher.generate(generated.toCharArray()), now));
            LOG.warning(() -> "Generated the admin password for user '" + username + "': " + generated
                    + "  (shown only this once; set SCIM_ADMIN_PASSWORD to choose your own)");
        }
    }

    public String username() {
        return username;
    }

    /** Whether the credentials are the admin's; slow (the password hash) unless {@link #remembered}. */
    public boolean verify(String user, String password) {
        if (user == null || password == null) {
            return false;
        }
        return remembered(user, password) || verifySlowly(user, password);
    }

    /**
     * Whether these credentials were verified lately: fast, and true only for the right password,
     * so guessing through it gains nothing over {@link #verify}.
     */
    public boolean remembered(String user, String password) {
        if (user == null || password == null) {
            return false;
        }
        Instant until = verified.get(digest(user + '\u0000' + password));
        return until != null && clock.instant().isBefore(until);
    }

    private boolean verifySlowly(String user, String password) {
        AdminAccount account = em.find(AdminAccount.class, username);
        boolean known = account != null && username.equals(user);
        boolean matches = hasher.verify(password.toCharArray(), known ? account.passwordHash() : unknownUserHash);
        if (!known || !matches) {
            return false;
        }
        verified.put(digest(user + '\u0000' + password), clock.instant().plus(REMEMBER));
        return true;
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
