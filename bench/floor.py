#!/usr/bin/env python3
"""bench/floor.sh's arithmetic: the machine's CPU per unit in a window, and the bound on row 1.

  floor.py cpu [NAME=PID ...]                       the machine's busy and total ticks now, and each
                                                    process's (and PostgreSQL's) ticks
  floor.py window LABEL UNITS SECONDS BEFORE AFTER  a window's line (BEFORE, AFTER: two `cpu` outputs, quoted)
  floor.py summary ROWS_FILE CORES                  the means of the window lines, the ratios and the bound

Busy is what /proc/stat's first line counts as user, nice, system, irq and softirq: every process
on the machine (the servers, wrk, the JDBC JVM, PostgreSQL). Idle, iowait and steal (time the
hypervisor gave to another guest) are not work done here, so they count only in the total.

Each NAME=PID given to `cpu` is one process's share of busy: its user and system ticks and those of
its children that ended and were waited for (/proc/PID/stat). Given the pid of the shell that
runs wrk, that is the load generator (wrk has ended and been waited for by the window's end). `postgres` is always
added: every process named postgres, with the workers the postmaster has reaped. What no group
holds is `other` (the kernel's own threads, the rest of the machine). A window's line then splits
the machine's CPU per unit by group.
"""
import os
import sys

SIDES = ("jdbc", "provisio", "minimal", "dry")


def proc_ticks(stat):
    """utime + stime + cutime + cstime from a /proc/PID/stat line (the name may hold spaces)."""
    f = stat[stat.rindex(")") + 2:].split()
    return sum(int(x) for x in f[11:15])


def proc_name(stat):
    return stat[stat.index("(") + 1:stat.rindex(")")]


def group_ticks(named, stats):
    """{group: ticks}: each NAME=PID's process, and `postgres`, every process of that name.
    stats: {pid: /proc/PID/stat line} of the machine's processes."""
    out = {}
    for spec in named:
        name, pid = spec.split("=")
        out[name] = proc_ticks(stats[pid]) if pid in stats else 0
    out["postgres"] = sum(proc_ticks(line) for line in stats.values() if proc_name(line) == "postgres")
    return out


def read_stats():
    stats = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/stat" % pid) as f:
                    stats[pid] = f.read()
            except OSError:
                pass  # ended while the listing was read
    return stats


def split(before, after):
    """(busy ticks, total ticks, {group: ticks}) over a window, from two `cpu` outputs."""
    f0, f1 = before.split(), after.split()
    g0, g1 = (dict((n, int(t)) for n, t in (g.split("=") for g in f[2:])) for f in (f0, f1))
    groups = {name: t - g0.get(name, t) for name, t in g1.items()}
    busy = int(f1[0]) - int(f0[0])
    groups["other"] = busy - sum(groups.values())
    return busy, int(f1[1]) - int(f0[1]), groups


def ticks(stat_line):
    """(busy, total) from /proc/stat's `cpu` line."""
    f = [int(x) for x in stat_line.split()[1:9]]
    user, nice, system, idle, iowait, irq, softirq, steal = f
    return user + nice + system + irq + softirq, sum(f)


def window_line(label, units, seconds, before, after, tick):
    busy, total, groups = split(before, after)
    if units <= 0 or total <= 0:
        raise ValueError("%s: no units or no time in the window" % label)
    line = "%-9s %8.1f /s   machine CPU %.3f ms per unit   busy %3.0f %%" % (
        label, units / seconds, busy * 1000 / tick / units, 100 * busy / total)
    if len(groups) > 1:
        line += "   | " + " ".join("%s %.3f" % (g, t * 1000 / tick / units) for g, t in groups.items())
    return line


def means(lines):
    """{side: (rate, CPU ms per unit, busy %)}, each the mean over that side's window lines."""
    return {side: v[0] for side, v in means_by_group(lines).items()}


def means_by_group(lines):
    """{side: ((rate, CPU ms per unit, busy %), {group: CPU ms per unit})}, means over that side's lines."""
    rows = {}
    for line in lines:
        head, _, tail = line.partition("|")
        f = head.split()
        if f:
            g = tail.split()
            rows.setdefault(f[0], []).append(((float(f[1]), float(f[5]), float(f[10])),
                                              {g[i]: float(g[i + 1]) for i in range(0, len(g), 2)}))
    out = {}
    for side, v in rows.items():
        groups = {}
        for _, gs in v:
            for name, ms in gs.items():
                groups[name] = groups.get(name, 0.0) + ms / len(v)
        out[side] = (tuple(sum(col) / len(v) for col in zip(*(m for m, _ in v))), groups)
    return out


def bound(cores, dry_cpu_ms, jdbc_cpu_ms):
    """The most POSTs per second the machine could run if each cost a dry POST's CPU and an insert's."""
    return cores * 1000 / (dry_cpu_ms + jdbc_cpu_ms)


def summary(m, cores, groups=None):
    missing = [s for s in SIDES if s not in m]
    if missing:
        raise ValueError("no windows for " + ", ".join(missing))
    jdbc_rate, jdbc_cpu = m["jdbc"][0], m["jdbc"][1]
    dry_cpu = m["dry"][1]
    most = bound(cores, dry_cpu, jdbc_cpu)
    out = ["mean %-9s %8.1f /s   machine CPU %.3f ms per unit   busy %3.0f %%" % ((s,) + m[s]) for s in SIDES]
    out.append("POST / JDBC: Provisio %.2f, the minimal app %.2f; the dry POST alone %.2f" % (
        m["provisio"][0] / jdbc_rate, m["minimal"][0] / jdbc_rate, m["dry"][0] / jdbc_rate))
    out.append("bound: %d cores / (%.3f ms per dry POST + %.3f ms per insert) = %.0f POST/s, %.2f of the JDBC rate" % (
        cores, dry_cpu, jdbc_cpu, most, most / jdbc_rate))
    out.append("CPU per POST above a dry POST and an insert: the minimal app %+.3f ms, Provisio %+.3f ms" % (
        m["minimal"][1] - dry_cpu - jdbc_cpu, m["provisio"][1] - dry_cpu - jdbc_cpu))
    if groups and any(groups.values()):
        names = list(dict.fromkeys(n for s in SIDES for n in groups.get(s, {})))
        out.append("machine CPU per unit by process, ms: " + " | ".join(
            "%s: " % s + " ".join("%s %.3f" % (n, groups[s].get(n, 0.0)) for n in names) for s in SIDES))
        above = {n: groups["minimal"].get(n, 0.0) - groups["dry"].get(n, 0.0) - groups["jdbc"].get(n, 0.0)
                 for n in names}
        out.append("the minimal app's POST above a dry POST and an insert, by process, ms: " + " ".join(
            "%s %+.3f" % (n, above[n]) for n in names))
    return out


def main(argv):
    if argv[1:2] == ["cpu"]:
        with open("/proc/stat") as f:
            busy, total = ticks(f.readline())
        groups = group_ticks(argv[2:], read_stats())
        print(" ".join(["%d %d" % (busy, total)] + ["%s=%d" % g for g in groups.items()]))
    elif argv[1:2] == ["window"] and len(argv) == 7:
        print(window_line(argv[2], int(argv[3]), float(argv[4]), argv[5], argv[6], os.sysconf("SC_CLK_TCK")))
    elif argv[1:2] == ["summary"] and len(argv) == 4:
        with open(argv[2]) as f:
            m = means_by_group(f)
        print("\n".join(summary({s: v[0] for s, v in m.items()}, int(argv[3]), {s: v[1] for s, v in m.items()})))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
