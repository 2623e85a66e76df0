#!/usr/bin/env python3
"""A JVM's CPU so far, split by the kind of thread that used it.

    bench/thread-cpu.py PID            prints one line: kind=ticks ... (clock ticks, user + system)
    bench/thread-cpu.py --diff A B UNITS
                                       prints the CPU per unit (ms) of each kind between two such lines

The kinds come from the thread names in /proc/PID/task/*/comm (the first 15 characters):
  requests  the HTTP worker threads (Payara's http-thread-pool, Grizzly's kernel/selector threads)
  gc        the collector's threads (G1 and the others: GC Thread, G1 Conc, G1 Refine, ...)
  jit       the JIT compilers (C1 and C2 CompilerThread)
  other     everything else (timers, the VM thread, the container's own pools)
  sys       of all of the above, the part spent in the kernel (system calls: sockets, wake-ups)
A JFR recording samples Java threads only, so it never shows the gc and jit kinds; this does, and
it costs the server nothing.
"""
import os
import sys

KINDS = [
    ("requests", ("http-thread-poo", "http-listener", "Grizzly", "grizzly")),
    ("gc", ("GC Thread", "G1 ", "VM Periodic", "Parallel GC", "ZWorker", "Shenandoah")),
    ("jit", ("C1 CompilerThre", "C2 CompilerThre", "Sweeper")),
]


def kind(name):
    for k, prefixes in KINDS:
        if name.startswith(prefixes):
            return k
    return "other"


def snapshot(pid):
    totals = {k: 0 for k, _ in KINDS}
    totals["other"] = 0
    totals["sys"] = 0
    base = "/proc/%s/task" % pid
    for tid in os.listdir(base):
        try:
            with open("%s/%s/comm" % (base, tid)) as f:
                name = f.read().rstrip("\n")
            with open("%s/%s/stat" % (base, tid)) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the thread ended between the listing and the read
        # fields[0] is the state (field 3 of stat); utime and stime are fields 14 and 15
        totals[kind(name)] += int(fields[11]) + int(fields[12])
        totals["sys"] += int(fields[12])
    return totals


def main(argv):
    if len(argv) == 2:
        print(" ".join("%s=%d" % kv for kv in snapshot(argv[1]).items()))
        return 0
    if len(argv) == 5 and argv[1] == "--diff":
        a = dict(kv.split("=") for kv in argv[2].split())
        b = dict(kv.split("=") for kv in argv[3].split())
        units = float(argv[4])
        tick = os.sysconf("SC_CLK_TCK")
        print(", ".join("%s %.3f" % (k, (int(b[k]) - int(a[k])) * 1000.0 / tick / units) for k in a))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
