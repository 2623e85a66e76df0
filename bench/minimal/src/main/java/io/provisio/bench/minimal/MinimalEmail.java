package io.provisio.bench.minimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A row of {@code user_email}, as Provisio maps it. */
@Embeddable
public class MinimalEmail {

    @Column(name = "email", nullable = false)
    String value;

    @Column(name = "email_lower", nullable = false)
    String valueLower;

    @Column(name = "email_type")
    String type;

    @Column(name = "is_primary", nullable = false)
    boolean primary;

    protected MinimalEmail() {
    }

    MinimalEmail(String value, String type, boolean primary) {
        this.value = value;
        this.valueLower = value.toLowerCase(Locale.ROOT);
        this.type = type;
        this.primary = primary;
    }
}
