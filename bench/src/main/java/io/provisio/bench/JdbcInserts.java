package io.provisio.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code bench/floor.sh}'s JDBC side: row 1's baseline (a user and its email, one transaction per
 * user, 8 threads) in one JVM that stays warm between windows. Each line read from standard input
 * is a window's length in seconds; for each, one line {@code BENCH_UNITS n BENCH_ERRORS e} is
 * written when the window ends.
 *
 * <pre>java -cp ... io.provisio.bench.JdbcInserts JDBC_URL USER PASSWORD THREADS NAME_PREFIX</pre>
 */
public final class JdbcInserts {

    private JdbcInserts() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: JdbcInserts JDBC_URL USER PASSWORD THREADS NAME_PREFIX");
            System.exit(2);
        }
        Db db = Db.existingPostgres(args[0], args[1], args[2]);
        int threads = Integer.parseInt(args[3]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Db.Clients clients = db.clients()) {
            String line;
            for (int window = 0; (line = in.readLine()) != null; window++) {
                String prefix = args[4] + "w" + window + "k";
                Load.Result r = Load.saturate(threads, Long.MAX_VALUE, Duration.ofSeconds(Long.parseLong(line.trim())),
                        k -> clients.get().insert(prefix + k));
                if (r.firstError() != null) {
                    System.err.println("first error: " + r.firstError());
                }
                System.out.println("BENCH_UNITS " + r.ops() + " BENCH_ERRORS " + r.errors());
                System.out.flush();
            }
        }
    }
}
