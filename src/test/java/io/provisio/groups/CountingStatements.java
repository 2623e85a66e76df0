package io.provisio.groups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The statement seam on a plain JDBC connection, counting statements and the rows they change. */
final class CountingStatements implements SqlStatements {

    private final Connection connection;
    int statements;
    int rowsChanged;

    CountingStatements(Connection connection) {
        this.connection = connection;
    }

    void reset() {
        statements = 0;
        rowsChanged = 0;
    }

    @Override
    public int update(String sql, List<?> parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            int rows = statement.executeUpdate();
            rowsChanged += rows;
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Object[]> query(String sql, List<?> parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<Object[]> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
        statements++;
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
