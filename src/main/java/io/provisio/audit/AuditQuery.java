package io.provisio.audit;

import io.provisio.platform.LikePredicates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads the audit trail: filtered and paged in the database, newest first. */
@ApplicationScoped
@Transactional
public class AuditQuery {

    public static final int MAX_PAGE = 500;
    private static final int EXPORT_CHUNK = 1000;

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    public AuditPage page(AuditCriteria criteria, int offset, int limit) {
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        int start = Math.max(0, offset);
        List<AuditEntry> entries = size == 0 ? List.of() : select(criteria, start, size);
        return new AuditPage(count(criteria), start, size, entries);
    }

    /** Hands every matching row to the consumer, newest first, a chunk of rows at a time. */
    public void forEach(AuditCriteria criteria, Consumer<AuditEntry> consumer) {
        int offset = 0;
        List<AuditEntry> chunk;
        do {
            chunk = select(criteria, offset, EXPORT_CHUNK);
            chunk.forEach(consumer);
            em.clear();
            offset += chunk.size();
        } while (chunk.size() == EXPORT_CHUNK);
    }

    private List<AuditEntry> select(AuditCriteria criteria, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.where(predicates(criteria, cb, event))
                .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        TypedQuery<AuditEvent> typed = em.createQuery(query).setFirstResult(offset).setMaxResults(limit);
        return typed.getResultStream().map(AuditEvent::toEntry).toList();
    }

    private long count(AuditCriteria criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(predicates(criteria, cb, event));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(AuditCriteria criteria, CriteriaBuilder cb, Root<AuditEvent> event) {
        List<Predicate> where = new ArrayList<>();
        if (!criteria.types().isEmpty()) {
            where.add(event.get("type").in(criteria.types()));
        }
        if (criteria.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.<OffsetDateTime>get("occurredAt"), criteria.from()));
        }
        if (criteria.to() != null) {
            where.add(cb.lessThan(event.<OffsetDateTime>get("occurredAt"), criteria.to()));
        }
        if (criteria.text() != null) {
            // a backslash-escaped pattern, read alike by every provider (see LikePredicates)
            String like = "%" + LikePredicates.escape(criteria.text().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    LikePredicates.like(cb, cb.lower(event.get("actor")), like),
                    LikePredicates.like(cb, cb.lower(cb.coalesce(event.<String>get("target"), "")), like),
                    LikePredicates.like(cb, cb.lower(cb.coalesce(event.<String>get("details"), "")), like)));
        }
        return where.toArray(Predicate[]::new);
    }
}
