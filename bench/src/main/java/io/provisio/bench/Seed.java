package io.provisio.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads users into a database Provisio has migrated, for {@code bench/ab.sh}'s read scripts: the
 * same bulk load as the bench's ({@code bulk0@example.com} ... with one email each), then the ids
 * of up to 5,000 of them, one per line, for the GET-by-id script.
 *
 * <pre>java -cp ... io.provisio.bench.Seed JDBC_URL USER PASSWORD USERS IDS_FILE</pre>
 */
public final class Seed {

    private Seed() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: Seed JDBC_URL USER PASSWORD USERS IDS_FILE");
            System.exit(2);
        }
        Db db = Db.existingPostgres(args[0], args[1], args[2]);
        int users = Integer.parseInt(args[3]);
        long start = System.nanoTime();
        db.bulkUsers("bulk", 0, users, 1000);
        Files.write(Path.of(args[4]),
                db.strings("SELECT id FROM scim_user WHERE user_name_lower LIKE 'bulk%' ORDER BY id LIMIT 5000"));
        System.err.printf("seeded %d users in %.1f s%n", users, (System.nanoTime() - start) / 1e9);
    }
}
