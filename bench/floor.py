#!/usr/bin/env python3
"""bench/floor.sh's arithmetic: the machine's CPU per unit in a window, and the bound on row 1.

  floor.py cpu                                      the machine's busy and total ticks now
  floor.py window LABEL UNITS SECONDS BEFORE AFTER  a window's line (BEFORE, AFTER: two `cpu` outputs, quoted)
  floor.py summary ROWS_FILE CORES                  the means of the window lines, the ratios and the bound

Busy is what /proc/stat's first line counts as user, nice, system, irq and softirq: every process
on the machine (the servers, wrk, the JDBC JVM, PostgreSQL). Idle, iowait and steal (time the
hypervisor gave to another guest) are not work done here, so they count only in the total.
"""
import os
import sys

SIDES = ("jdbc", "provisio", "minimal", "dry")


def ticks(stat_line):
    """(busy, total) from /proc/stat's `cpu` line."""
    f = [int(x) for x in stat_line.split()[1:9]]
    user, nice, system, idle, iowait, irq, softirq, steal = f
    return user + nice + system + irq + softirq, sum(f)


def window_line(label, units, seconds, before, after, tick):
    b0, t0 = (int(x) for x in before.split())
    b1, t1 = (int(x) for x in after.split())
    if units <= 0 or t1 <= t0:
        raise ValueError("%s: no units or no time in the window" % label)
    cpu_ms = (b1 - b0) * 1000 / tick / units
    return "%-9s %8.1f /s   machine CPU %.3f ms per unit   busy %3.0f %%" % (
        label, units / seconds, cpu_ms, 100 * (b1 - b0) / (t1 - t0))


def means(lines):
    """{side: (rate, CPU ms per unit, busy %)}, each the mean over that side's window lines."""
    rows = {}
    for line in lines:
        f = line.split()
        if f:
            rows.setdefault(f[0], []).append((float(f[1]), float(f[5]), float(f[10])))
    return {side: tuple(sum(col) / len(v) for col in zip(*v)) for side, v in rows.items()}


def bound(cores, dry_cpu_ms, jdbc_cpu_ms):
    """The most POSTs per second the machine could run if each cost a dry POST's CPU and an insert's."""
    return cores * 1000 / (dry_cpu_ms + jdbc_cpu_ms)


def summary(m, cores):
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
    return out


def main(argv):
    if argv[1:2] == ["cpu"]:
        with open("/proc/stat") as f:
            print("%d %d" % ticks(f.readline()))
    elif argv[1:2] == ["window"] and len(argv) == 7:
        print(window_line(argv[2], int(argv[3]), float(argv[4]), argv[5], argv[6], os.sysconf("SC_CLK_TCK")))
    elif argv[1:2] == ["summary"] and len(argv) == 4:
        with open(argv[2]) as f:
            print("\n".join(summary(means(f), int(argv[3]))))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
