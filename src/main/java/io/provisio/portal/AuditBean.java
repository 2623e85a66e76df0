package io.provisio.portal;

import io.provisio.audit.AuditQuery;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Audit Trails: the trail filtered by event type, days and text, paged by the database, exportable. */
@Named("auditTrail")
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQuery audit;

    private String type;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private AuditFilter applied = AuditFilter.none();
    private AuditLazyModel model;

    @PostConstruct
    void init() {
        model = new AuditLazyModel(audit);
    }

    public void search() {
        AuditFilter filter = new AuditFilter(type, from, to, text);
        try {
            model.setFilter(filter);
            applied = filter;
        } catch (IllegalArgumentException reversed) {
            PortalMessages.error(reversed.getMessage());
        }
    }

    public void clear() {
        type = null;
        from = null;
        to = null;
        text = null;
        search();
    }

    /** The export of exactly what the table shows. */
    public String getCsvUrl() {
        return "audit.csv" + applied.queryString();
    }

    public List<String> getEventTypes() {
        return AuditFilter.EVENT_TYPES;
    }

    public AuditLazyModel getModel() {
        return model;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
