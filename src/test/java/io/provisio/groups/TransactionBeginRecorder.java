package io.provisio.groups;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * For {@link ReadsWithoutTransactionIT} only: notes each {@code @Transactional(REQUIRED)} method
 * entered while no transaction is active, which is a transaction that method is about to begin.
 * It runs before the container's own transactional interceptor, so it sees the status that one
 * acts on.
 */
@Transactional(Transactional.TxType.REQUIRED)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class TransactionBeginRecorder {

    private static final List<String> BEGUN = new CopyOnWriteArrayList<>();

    @Resource
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            BEGUN.add(invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
        }
        return invocation.proceed();
    }

    /** The methods that began a transaction since the last {@link #clear}, in order. */
    static List<String> begun() {
        return List.copyOf(BEGUN);
    }

    static void clear() {
        BEGUN.clear();
    }
}
