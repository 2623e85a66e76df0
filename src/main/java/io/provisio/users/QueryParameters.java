package io.provisio.users;

import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.ParameterExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Filter values as bound parameters, never as literals in the SQL text: a provider may print
 * Criteria literals inline (EclipseLink writes {@code true} as {@code 1}, which H2 refuses), and
 * bound statements keep one plan per filter shape instead of one per value.
 */
public final class QueryParameters {

    private record Binding(ParameterExpression<?> parameter, Object value) {
    }

    private final CriteriaBuilder cb;
    private final List<Binding> bindings = new ArrayList<>();

    public QueryParameters(CriteriaBuilder cb) {
        this.cb = cb;
    }

    public <T> ParameterExpression<T> of(Class<T> type, T value) {
        ParameterExpression<T> parameter = cb.parameter(type, "p" + bindings.size());
        bindings.add(new Binding(parameter, value));
        return parameter;
    }

    public <Q extends Query> Q bind(Q query) {
        for (Binding binding : bindings) {
            query.setParameter(binding.parameter().getName(), binding.value());
        }
        return query;
    }
}
