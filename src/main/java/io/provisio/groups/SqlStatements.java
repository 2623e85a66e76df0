package io.provisio.groups;

import java.util.List;

/**
 * The SQL that membership needs, as plain statements with positional parameters. A seam with two
 * sides: the application runs them through JPA in its transaction, and a unit test runs them on
 * an in-memory H2 and counts them, to show one added member costs the same in any group size.
 */
interface SqlStatements {

    /** Runs an INSERT, UPDATE or DELETE; answers the rows it changed. */
    int update(String sql, List<?> parameters);

    /** Runs a SELECT; each row is an array of its columns. */
    List<Object[]> query(String sql, List<?> parameters);
}
