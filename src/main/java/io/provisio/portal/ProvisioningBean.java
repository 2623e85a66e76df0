package io.provisio.portal;

import io.provisio.tokens.IdentityProvider;
import io.provisio.tokens.IssuedToken;
import io.provisio.tokens.TargetUrl;
import io.provisio.tokens.TokenLimitException;
import io.provisio.tokens.TokenNotFoundException;
import io.provisio.tokens.TokenService;
import io.provisio.tokens.TokenView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admin > Identity > User Provisioning: generate a token for an IdP, then set it Active or
 * Inactive, renew or remove it. The rules (two tokens at most, audit) are {@link TokenService}'s.
 */
@Named("provisioning")
@ViewScoped
public class ProvisioningBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String GONE = "That token no longer exists: it was removed, perhaps in another tab "
            + "or by another admin. The Token Status table has been refreshed.";

    @Inject
    TokenService tokens;

    @Inject
    TargetUrl targetUrl;

    @Inject
    ShownSecret issued;

    @Inject
    PortalUser user;

    private IdentityProvider idp = IdentityProvider.ENTRA_ID;
    /** Reread after every action; transient since views may be serialized and the list is cheap to reread. */
    private transient List<TokenView> rows;
    /** One Generate per page view: a double-click, or a request repeated by the browser, cannot issue two. */
    private final AtomicBoolean generated = new AtomicBoolean();

    @PostConstruct
    void load() {
        rows = tokens.list();
    }

    public void generate() {
        if (!generated.compareAndSet(false, true)) {
            PortalMessages.warn("A token was already generated on this page. Reload the page to generate another.");
            return;
        }
        try {
            show(tokens.generate(idp, user.actor()), false);
        } catch (TokenLimitException full) {
            generated.set(false);
            PortalMessages.error(full.getMessage());
        }
        load();
    }

    public void activate(String id) {
        act(() -> tokens.activate(id, user.actor()), "The token is Active: SCIM calls with it are accepted.");
    }

    public void deactivate(String id) {
        act(() -> tokens.deactivate(id, user.actor()), "The token is Inactive: SCIM calls with it are refused.");
    }

    public void renew(String id) {
        act(() -> show(tokens.renew(id, user.actor()), true), "The token was renewed: its old secret no longer works.");
    }

    public void remove(String id) {
        act(() -> tokens.remove(id, user.actor()), "The token was removed.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            PortalMessages.info(done);
        } catch (TokenNotFoundException gone) {
            PortalMessages.error(GONE);
        }
        load();
    }

    private void show(IssuedToken token, boolean renewed) {
        issued.show(token, targetUrl.of(user.applicationRoot()), renewed);
    }

    public List<IdentityProvider> getProviders() {
        return List.of(IdentityProvider.values());
    }

    public boolean isLimitReached() {
        return getRows().size() >= TokenService.MAX_TOKENS;
    }

    public int getMaxTokens() {
        return TokenService.MAX_TOKENS;
    }

    public List<TokenView> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public IdentityProvider getIdp() {
        return idp;
    }

    public void setIdp(IdentityProvider idp) {
        this.idp = idp;
    }
}
