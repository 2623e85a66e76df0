package io.provisio.groups;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * For {@link ReadsWithoutTransactionIT} only: the membership statements as the application runs
 * them, noting each statement's SQL and the JTA transaction status (a
 * {@link jakarta.transaction.Status} constant) it ran under.
 */
@Alternative
@Priority(100)
@ApplicationScoped
class TransactionRecordingStatements extends NativeStatements {

    @Resource
    TransactionSynchronizationRegistry registry;

    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public int update(String sql, List<?> parameters) {
        record(sql);
        return super.update(sql, parameters);
    }

    @Override
    public List<Object[]> query(String sql, List<?> parameters) {
        record(sql);
        return super.query(sql, parameters);
    }

    private void record(String sql) {
        statuses.add(registry.getTransactionStatus());
        statements.add(sql);
    }

    List<Integer> statuses() {
        return List.copyOf(statuses);
    }

    List<String> statements() {
        return List.copyOf(statements);
    }

    void clear() {
        statuses.clear();
        statements.clear();
    }
}
