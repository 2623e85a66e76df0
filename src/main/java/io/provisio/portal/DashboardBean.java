package io.provisio.portal;

import io.provisio.audit.AuditCriteria;
import io.provisio.audit.AuditEntry;
import io.provisio.audit.AuditQuery;
import io.provisio.groups.GroupService;
import io.provisio.platform.DatabaseUpkeep;
import io.provisio.platform.NameCollisions;
import io.provisio.statistics.HourCount;
import io.provisio.statistics.RequestStatistics;
import io.provisio.statistics.TokenActivity;
import io.provisio.tokens.TokenService;
import io.provisio.tokens.TokenStatus;
import io.provisio.tokens.TokenView;
import io.provisio.users.UserService;
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

    @Inject
    UserService users;

    @Inject
    GroupService groups;

    @Inject
    RequestStatistics statistics;

    @Inject
    DatabaseUpkeep database;

    @Inject
    NameCollisions nameCollisions;

    private List<TokenView> rows;
    private List<AuditEntry> recent;
    private long userCount;
    private long groupCount;
    private List<HourCount> hours;
    private String databaseWarning;
    private NameCollisions.Report collisions;

    @PostConstruct
    void load() {
        rows = tokens.list();
        recent = audit.page(AuditCriteria.all(), 0, RECENT_EVENTS).entries();
        userCount = users.count();
        groupCount = groups.count();
        hours = statistics.hours();
        databaseWarning = database.warning().orElse(null);
        collisions = nameCollisions.report();
    }

    /** Names that differ only in what a person cannot see, found at the upgrade and still standing. */
    public NameCollisions.Report getNameCollisions() {
        return collisions;
    }

    /** "2 userName collisions and 1 displayName collision found at upgrade". */
    public String getNameCollisionTitle() {
        List<String> parts = new java.util.ArrayList<>();
        if (collisions.userNames() > 0) {
            parts.add(collisions.userNames() + " userName collision" + (collisions.userNames() == 1 ? "" : "s"));
        }
        if (collisions.displayNames() > 0) {
            parts.add(collisions.displayNames() + " group displayName collision" + (collisions.displayNames() == 1 ? "" : "s"));
        }
        return String.join(" and ", parts) + " found at upgrade";
    }

    /** What the admin should change on the database server (PostgreSQL's autovacuum), or null. */
    public String getDatabaseWarning() {
        return databaseWarning;
    }

    public long getUserCount() {
        return userCount;
    }

    public long getGroupCount() {
        return groupCount;
    }

    /** Requests over the last 24 hours on this node. */
    public long getRequests() {
        return hours.stream().mapToLong(HourCount::requests).sum();
    }

    public long getErrors() {
        return hours.stream().mapToLong(HourCount::errors).sum();
    }

    public String getActivityChart() {
        return ActivityChart.config(hours);
    }

    public List<TokenActivity> getTokenActivity() {
        return statistics.tokens();
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
