package io.provisio.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** EXPLAIN ANALYZE of the statements behind a lookup, a GET by id and a deep page, through psql. */
final class Explain {

    private Explain() {
    }

    static String plans(Db db, int users) throws Exception {
        String name = "bulk" + (users / 2) + "@example.com";
        String id = db.strings("SELECT id FROM scim_user WHERE user_name_lower = '" + name + "'").get(0);
        long deep = (long) (db.strings("SELECT count(*) FROM scim_user").stream().mapToLong(Long::parseLong).sum() * 0.9);
        List<String[]> queries = List.of(
                new String[]{"userName lookup (the filter `userName eq`, translated to the lower-cased copy)",
                        Db.USER_BY_NAME.replace("?", "'" + name + "'")},
                new String[]{"emails of that user", Db.EMAILS.replace("?", "'" + id + "'")},
                new String[]{"GET by id", Db.USER_BY_ID.replace("?", "'" + id + "'")},
                new String[]{"totalResults of an unfiltered list (a count on every page)", "SELECT count(id) FROM scim_user"},
                new String[]{"the ids of a page at 90 % (startIndex " + (deep + 1) + ", count=100, ordered by id)",
                        "SELECT id FROM scim_user ORDER BY id LIMIT 100 OFFSET " + deep});
        StringBuilder out = new StringBuilder();
        URI uri = URI.create(db.url.substring("jdbc:".length()));
        for (String[] q : queries) {
            out.append("**").append(q[0]).append("**\n\n```\n").append(q[1]).append("\n\n")
                    .append(psql(uri, db, "EXPLAIN (ANALYZE, BUFFERS) " + q[1]).strip()).append("\n```\n\n");
        }
        return out.toString();
    }

    private static String psql(URI uri, Db db, String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", db.user,
                "-d", uri.getPath().substring(1), "-c", sql));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!db.password.isEmpty()) {
            builder.environment().put("PGPASSWORD", db.password);
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }
}
