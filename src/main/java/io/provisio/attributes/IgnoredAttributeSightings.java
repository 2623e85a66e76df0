package io.provisio.attributes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Collects what a request's committed SCIM writes ignored. Only a write that committed reports
 * here ({@code AFTER_SUCCESS}), so a refused or failed request leaves no trace in the report;
 * {@link IgnoredAttributesRecording} writes the collection down once the response is ready.
 */
@RequestScoped
public class IgnoredAttributeSightings {

    @Inject
    IgnoredAttributeLimits limits;

    private IgnoredNames names;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttributesIgnored event) {
        if (names == null) {
            names = new IgnoredNames(limits.perRequest(), limits.nameLength());
        }
        names.add(event.attributes(), event.idp());
    }

    /** What was collected, once: a second call answers empty. */
    Optional<IgnoredNames> take() {
        IgnoredNames taken = names;
        names = null;
        return Optional.ofNullable(taken).filter(n -> !n.isEmpty());
    }
}
