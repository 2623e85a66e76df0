#!/usr/bin/env python3
"""A JVM's CPU so far, split by the kind of thread that used it.

    bench/thread-cpu.py PID            prints one line: the process's CPU and each thread's
    bench/thread-cpu.py --diff A B UNITS
                                       prints the CPU per unit (ms) of each kind between two such lines

The kinds come from the thread names in /proc/PID/task/*/comm (the first 15 characters):
  requests  the HTTP worker threads (Payara's http-thread-pool, Grizzly's kernel/selector threads)
  gc        the collector's threads (G1 and the others: GC Thread, G1 Conc, G1 Refine, ...)
  jit       the JIT compilers (C1 and C2 CompilerThread)
  other     everything else (timers, the VM thread, the container's own pools), and threads that
            ended between the two lines: the kernel keeps their CPU in the process's total only
  sys       of all of the above, the part spent in the kernel (system calls: sockets, wake-ups),
            counted for the threads alive at the second line
Threads are matched by id between the two lines, so a thread that ends never makes a kind go
down. A JFR recording samples Java threads only, so it never shows the gc and jit kinds; this
does, and it costs the server nothing.
"""
import os
import sys

KINDS = [
    ("requests", ("http-thread-poo", "http-listener", "Grizzly", "grizzly")),
    ("gc", ("GC Thread", "G1 ", "VM Periodic", "Parallel GC", "ZWorker", "Shenandoah")),
    ("jit", ("C1 CompilerThre", "C2 CompilerThre", "Sweeper")),
]
NAMES = [k for k, _ in KINDS] + ["other", "sys"]


def kind(name):
    for k, prefixes in KINDS:
        if name.startswith(prefixes):
            return k
    return "other"


def cpu(stat_text):
    """utime and stime (fields 14 and 15) of a stat line; the name in brackets may hold spaces."""
    fields = stat_text.rsplit(")", 1)[1].split()
    return int(fields[11]), int(fields[12])


def snapshot(pid):
    """`process=TICKS` then `tid:kind:user:system` per live thread."""
    with open("/proc/%s/stat" % pid) as f:
        user, system = cpu(f.read())
    parts = ["process=%d" % (user + system)]
    base = "/proc/%s/task" % pid
    for tid in os.listdir(base):
        try:
            with open("%s/%s/comm" % (base, tid)) as f:
                name = f.read().rstrip("\n")
            with open("%s/%s/stat" % (base, tid)) as f:
                user, system = cpu(f.read())
        except OSError:
            continue  # the thread ended between the listing and the read
        parts.append("%s:%s:%d:%d" % (tid, kind(name), user, system))
    return " ".join(parts)


def parse(line):
    process, threads = 0, {}
    for part in line.split():
        if part.startswith("process="):
            process = int(part.split("=")[1])
        else:
            tid, k, user, system = part.split(":")
            threads[tid] = (k, int(user), int(system))
    return process, threads


def diff(a, b):
    """Ticks per kind from snapshot line a to line b."""
    process_a, before = parse(a)
    process_b, after = parse(b)
    ticks = dict.fromkeys(NAMES, 0)
    for tid, (k, user, system) in after.items():
        _, user_a, system_a = before.get(tid, (k, 0, 0))
        ticks[k] += (user + system) - (user_a + system_a)
        ticks["sys"] += system - system_a
    seen = sum(ticks[k] for k in NAMES if k != "sys")
    ticks["other"] += max(0, (process_b - process_a) - seen)  # threads that ended in between
    return ticks


def main(argv):
    if len(argv) == 2:
        print(snapshot(argv[1]))
        return 0
    if len(argv) == 5 and argv[1] == "--diff":
        units = float(argv[4])
        tick = os.sysconf("SC_CLK_TCK")
        ticks = diff(argv[2], argv[3])
        print(", ".join("%s %.3f" % (k, ticks[k] * 1000.0 / tick / units) for k in NAMES))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
