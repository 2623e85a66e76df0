package io.provisio.platform;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * LIKE with backslash as its escape character, the same on every JPA provider. Patterns escape
 * {@code \}, {@code %} and {@code _} with {@link #escape(String)}.
 *
 * <p>JPA gives LIKE no escape character unless the query names one, and Hibernate (WildFly's
 * provider) says so in the SQL ({@code ESCAPE ''}): there a backslash-escaped pattern matched
 * nothing. EclipseLink (Payara's) leaves LIKE to the database, whose default escape is backslash
 * on H2 and PostgreSQL, and once an {@code ESCAPE} is named prints the whole statement with its
 * values inline (booleans as 1, which H2 refuses, and one plan per value). So the escape
 * character is named for every provider but EclipseLink.
 */
public final class LikePredicates {

    private static final char ESCAPE = '\\';

    private LikePredicates() {
    }

    public static Predicate like(CriteriaBuilder cb, Expression<String> value, Expression<String> pattern) {
        return isEclipseLink(cb) ? cb.like(value, pattern) : cb.like(value, pattern, ESCAPE);
    }

    public static Predicate like(CriteriaBuilder cb, Expression<String> value, String pattern) {
        return isEclipseLink(cb) ? cb.like(value, pattern) : cb.like(value, pattern, ESCAPE);
    }

    /** The text as a LIKE pattern that matches it literally. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static boolean isEclipseLink(CriteriaBuilder cb) {
        return cb.getClass().getName().startsWith("org.eclipse.persistence.");
    }
}
