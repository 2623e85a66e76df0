package io.provisio.portal;

import io.provisio.audit.AuditEntry;
import io.provisio.audit.AuditPage;
import io.provisio.audit.AuditQuery;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the audit table one page at a time from {@link AuditQuery}: the database filters, counts
 * and pages; nothing but the shown rows reaches the server's memory.
 */
public class AuditLazyModel extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    private final AuditQuery audit;
    /** Kept as the admin's filter, not as criteria, because the view (and this model) may be serialized. */
    private AuditFilter filter = AuditFilter.none();

    public AuditLazyModel(AuditQuery audit) {
        this.audit = audit;
    }

    /** @throws IllegalArgumentException when the filter's range is reversed; the model keeps its filter */
    void setFilter(AuditFilter filter) {
        filter.criteria();
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, audit.page(filter.criteria(), 0, 0).total());
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AuditPage page = audit.page(filter.criteria(), first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.entries();
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return entry.id();
    }
}
