package io.provisio.users;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** One of a user's email addresses; the lower-cased copy backs case-insensitive filters. */
@Embeddable
public class Email {

    @Column(name = "email", nullable = false)
    private String value;

    @Column(name = "email_lower", nullable = false)
    private String valueLower;

    @Column(name = "email_type")
    private String type;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected Email() {
        // for JPA
    }

    public Email(String value, String type, boolean primary) {
        this.value = Objects.requireNonNull(value, "value");
        this.valueLower = value.toLowerCase(Locale.ROOT);
        this.type = type;
        this.primary = primary;
    }

    public String value() {
        return value;
    }

    public String type() {
        return type;
    }

    public boolean primary() {
        return primary;
    }
}
