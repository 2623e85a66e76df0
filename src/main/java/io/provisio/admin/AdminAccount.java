package io.provisio.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** The administrator's login; the password is kept only as a slow (PBKDF2) hash. */
@Entity
@Table(name = "admin_account")
public class AdminAccount {

    @Id
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected AdminAccount() {
        // for JPA
    }

    AdminAccount(String username, String passwordHash, OffsetDateTime at) {
        this.username = Objects.requireNonNull(username, "username");
        changePassword(passwordHash, at);
    }

    void changePassword(String newHash, OffsetDateTime at) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }
}
