package io.provisio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.provisio.tokens.IdentityProvider;
import io.provisio.tokens.TokenService;
import io.provisio.tokens.TokenStatus;
import io.provisio.tokens.TokenView;
import jakarta.inject.Inject;
import java.io.File;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: a token change and its audit row commit or roll back together, because the
 * audit observer runs synchronously inside the service's transaction. Deploys the packaged WAR
 * plus an observer that fails on purpose for one actor.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAtomicityIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("provisio.war")))
                .addClasses(AuditAtomicityIT.class, FailingTokenObserver.class);
    }

    @Inject
    TokenService tokens;

    @Inject
    AuditQuery audit;

    @Test
    void aFailingObserverRollsBackTheChangeAndItsAuditRow() {
        tokens.list().forEach(t -> tokens.remove(t.id(), "arquillian"));
        String id = tokens.generate(IdentityProvider.OKTA, "arquillian").token().id();

        assertThrows(RuntimeException.class, () -> tokens.deactivate(id, FailingTokenObserver.FAILING_ACTOR));

        assertEquals(TokenStatus.ACTIVE, status(id));
        assertEquals(0, rows("SCIM Token Disabled", id));
        assertEquals(1, rows("SCIM Token Created", id));
    }

    @Test
    void aSuccessfulChangeCommitsWithItsAuditRow() {
        tokens.list().forEach(t -> tokens.remove(t.id(), "arquillian"));
        String id = tokens.generate(IdentityProvider.ENTRA_ID, "arquillian").token().id();

        tokens.deactivate(id, "arquillian");

        assertEquals(TokenStatus.INACTIVE, status(id));
        assertEquals(1, rows("SCIM Token Disabled", id));
    }

    private TokenStatus status(String id) {
        return tokens.list().stream().filter(t -> t.id().equals(id)).map(TokenView::status).findFirst().orElseThrow();
    }

    private long rows(String type, String tokenId) {
        return audit.page(new AuditCriteria(List.of(type), null, null, tokenId), 0, 10).total();
    }
}
