package io.provisio.bench;

import java.util.ArrayList;
import java.util.List;

/** The results table and the evidence beneath it, as Markdown. */
final class Report {

    record Row(String scenario, String db, String metric, String provisio, String baseline, String ratio,
               String target, String verdict) {
    }

    final List<Row> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> statements = new ArrayList<>();
    String machine = "";
    String explain;
    String jfr;

    synchronized void add(String scenario, String db, String metric, Object provisio, Object baseline, String target,
                          String verdict) {
        String ratio = "-";
        if (provisio instanceof Number p && baseline instanceof Number b && b.doubleValue() != 0
                && !Double.isNaN(p.doubleValue()) && !Double.isNaN(b.doubleValue())) {
            ratio = String.format("%.2f", p.doubleValue() / b.doubleValue());
        }
        rows.add(new Row(scenario, db, metric, format(provisio), format(baseline), ratio, target, verdict));
        Bench.log("row: " + scenario + " | " + db + " | " + metric + " | " + format(provisio) + " | " + format(baseline)
                + " | " + ratio + " | " + verdict);
    }

    synchronized void note(String note) {
        notes.add(note);
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return Double.isNaN(d) ? "n/a" : d >= 100 ? String.format("%.0f", d) : String.format("%.2f", d);
        }
        return String.valueOf(value);
    }

    String table() {
        StringBuilder out = new StringBuilder("| # | db | measure | Provisio | baseline | ratio | target | result |\n"
                + "|---|---|---|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(String.join(" | ", r.scenario, r.db, r.metric, r.provisio, r.baseline, r.ratio,
                    r.target, r.verdict)).append(" |\n");
        }
        return out.toString();
    }

    String markdown(Bench.Options o, String runId) {
        StringBuilder out = new StringBuilder();
        out.append("# Provisio benchmark: latest results\n\n");
        out.append("Run `").append(runId).append("`, ").append(java.time.Instant.now().toString(), 0, 16)
                .append("Z. Command: `bench/run.sh").append(o.command().isBlank() ? "" : " " + o.command()).append("`.\n");
        List<String> loaded = new ArrayList<>();
        if (o.dbs().contains("postgres")) {
            loaded.add("PostgreSQL N=" + o.users());
        }
        if (o.dbs().contains("h2")) {
            loaded.add("H2 N=" + o.h2Users());
        }
        out.append("Users bulk-loaded: ").append(String.join(", ", loaded))
                .append("; SCIM POSTs per measured window: ").append(o.posts()).append("; server heap -Xmx")
                .append(o.heap()).append(".\n\n");
        out.append(machine).append("\n\n");
        out.append("Each ratio is Provisio / baseline, both measured in this run on this machine. What each row means:"
                + " [bench/README.md](../README.md).\n\n");
        out.append(table()).append('\n');
        if (!notes.isEmpty()) {
            out.append("## Notes\n\n");
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
            out.append('\n');
        }
        if (!statements.isEmpty()) {
            out.append("## Database work per request (PostgreSQL counters)\n\n"
                    + "Deltas of `pg_stat_user_tables` (seq_scan, idx_scan per table) and `pg_stat_database.xact_commit`"
                    + " over sequential requests, divided by the number of requests. The JDBC baseline for a lookup is"
                    + " 2 index scans (scim_user, user_email) in autocommit.\n\n| request | per request |\n|---|---|\n");
            statements.forEach(s -> out.append(s).append('\n'));
            out.append('\n');
        }
        if (explain != null) {
            out.append("## SQL plans on PostgreSQL (EXPLAIN ANALYZE via psql, at N users)\n\n").append(explain).append('\n');
        }
        if (jfr != null) {
            out.append("## JFR profile of the POST scenario\n\n").append(jfr).append('\n');
        }
        return out.toString();
    }
}
