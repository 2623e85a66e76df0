package io.provisio.audit;

import io.provisio.tokens.TokenEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Deployed only with {@link AuditAtomicityIT}: fails the transaction of one actor's token actions. */
@ApplicationScoped
public class FailingTokenObserver {

    static final String FAILING_ACTOR = "observer-that-fails";

    void onTokenEvent(@Observes TokenEvent event) {
        if (FAILING_ACTOR.equals(event.actor())) {
            throw new IllegalStateException("failing on purpose after the audit row was written");
        }
    }
}
