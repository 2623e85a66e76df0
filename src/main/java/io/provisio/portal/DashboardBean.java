package io.provisio.portal;

import io.provisio.audit.AuditCriteria;
import io.provisio.audit.AuditEntry;
import io.provisio.audit.AuditQuery;
import io.provisio.tokens.TokenService;
import io.provisio.tokens.TokenStatus;
import io.provisio.tokens.TokenView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The landing page: which tokens exist and work, when each was last used, what happened lately. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    static final int RECENT_EVENTS = 8;

    @Inject
    TokenService tokens;

    @Inject
    AuditQuery audit;

    private List<TokenView> rows;
    private List<AuditEntry> recent;

    @PostConstruct
    void load() {
        rows = tokens.list();
        recent = audit.page(AuditCriteria.all(), 0, RECENT_EVENTS).entries();
    }

    /** Tokens that authenticate SCIM calls right now: active and not expired. */
    public long getActiveCount() {
        return rows.stream().filter(t -> t.status() == TokenStatus.ACTIVE && !t.expired()).count();
    }

    public int getMaxTokens() {
        return TokenService.MAX_TOKENS;
    }

    public List<TokenView> getTokens() {
        return rows;
    }

    public List<AuditEntry> getRecentEvents() {
        return recent;
    }
}
