package io.provisio.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/** Membership SQL through the persistence context, so it joins the caller's JTA transaction. */
@ApplicationScoped
class NativeStatements implements SqlStatements {

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Override
    public int update(String sql, List<?> parameters) {
        return bind(em.createNativeQuery(sql), parameters).executeUpdate();
    }

    @Override
    public List<Object[]> query(String sql, List<?> parameters) {
        List<?> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
        // a one-column result comes back as bare values, not arrays
        return rows.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    private static Query bind(Query query, List<?> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
