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
 * them, noting the JTA transaction status (a {@link jakarta.transaction.Status} constant) each
 * statement ran under.
 */
@Alternative
@Priority(100)
@ApplicationScoped
class TransactionRecordingStatements extends NativeStatements {

    @Resource
    TransactionSynchronizationRegistry registry;

    private final List<Integer> statuses = new CopyOnWriteArrayList<>();

    @Override
    public int update(String sql, List<?> parameters) {
        statuses.add(registry.getTransactionStatus());
        return super.update(sql, parameters);
    }

    @Override
    public List<Object[]> query(String sql, List<?> parameters) {
        statuses.add(registry.getTransactionStatus());
        return super.query(sql, parameters);
    }

    List<Integer> statuses() {
        return List.copyOf(statuses);
    }

    void clear() {
        statuses.clear();
    }
}
