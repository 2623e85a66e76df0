#!/usr/bin/env python3
"""Where a server's CPU went in a JFR recording, per 1,000 units of work.

    bench/jfr-components.py RECORDING.jfr UNITS [--top N] [--callers TEXT] [--under TEXT]

Reads the recording's execution samples (`jfr print --json --events jdk.ExecutionSample`) and
prints, per 1,000 units (completed wrk cycles or requests):
  - the samples by component: the innermost Java frame that is not the JDK's (java., javax., jdk.,
    sun., com.sun.) names it (io.provisio is Provisio, org.eclipse.persistence EclipseLink, ...);
    a recording by async-profiler (bench/ab.sh --async) also has native frames (the JVM, libc,
    the kernel): they count toward the Java code that called them, and their share is printed;
  - the hottest methods by exclusive samples (the innermost frame, JDK or not);
  - the Provisio methods by inclusive samples (on the stack anywhere), which is where a change in
    Provisio's own code can take cost away.
With --under TEXT: the samples with a frame containing TEXT on the stack (such as
NativeStatements.query), split by the component of the work done inside that frame.
With --callers TEXT: for the samples whose innermost frame contains TEXT, the first frame outside
the JDK and the first Provisio frame, which show who asks for that work.
Samples per unit compare two servers directly when both were recorded with the same settings.
"""
import collections
import json
import re
import subprocess
import sys

COMPONENTS = [
    ("io.provisio.bench.", "the bench's minimal app"),
    ("io.provisio.", "Provisio"),
    ("org.eclipse.persistence.", "EclipseLink"),
    ("org.glassfish.jersey.", "Jersey"),
    ("org.glassfish.hk2.", "HK2"),
    ("org.jvnet.hk2.", "HK2"),
    ("org.glassfish.grizzly.", "Grizzly"),
    ("org.jboss.weld.", "Weld"),
    ("org.postgresql.", "pgjdbc"),
    ("com.zaxxer.", "pool"),
    ("org.glassfish.soteria.", "Soteria"),
    ("org.glassfish.exousia.", "Exousia"),
    ("org.apache.catalina.", "servlet container"),
    ("org.glassfish.", "other GlassFish/Payara"),
    ("fish.payara.", "other GlassFish/Payara"),
    ("com.sun.enterprise.", "other GlassFish/Payara"),
    ("com.sun.ejb.", "other GlassFish/Payara"),
    ("com.sun.web.", "other GlassFish/Payara"),
    ("org.eclipse.parsson.", "JSON-P"),
    ("org.eclipse.yasson.", "JSON-B"),
    ("org.h2.", "H2"),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.crypto.", "com.sun.proxy.")


def native(name):
    """A frame outside Java: async-profiler names the JVM's, libc's and the kernel's frames too."""
    return name.startswith(".") or re.match(r"[^.]+\.so(\.\d+)*\.", name) is not None


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def component(name):
    for prefix, label in COMPONENTS:
        if name.startswith(prefix):
            return label
    return "other: " + ".".join(name.split(".")[:2])


def stack_component(frames):
    """The component of a stack (innermost frame first) and the frame that names it, if any."""
    outside = next((f for f in frames if not f.startswith(JDK) and not native(f)), None)
    if outside:
        return component(outside), outside
    return ("native only (GC, JIT, VM threads)" if all(native(f) for f in frames) else "JDK only"), None


def under(frames, text):
    """The frames called from the innermost frame that contains text; None if no frame does."""
    index = next((i for i, f in enumerate(frames) if text in f), None)
    return None if index is None else frames[:index]


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    recording, units = argv[1], float(argv[2])
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 25
    callers_of = argv[argv.index("--callers") + 1] if "--callers" in argv else None
    under_of = argv[argv.index("--under") + 1] if "--under" in argv else None
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                          recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    per = 1000.0 / units
    by_component = collections.Counter()
    exclusive = collections.Counter()
    inclusive = collections.Counter()
    detail = collections.defaultdict(collections.Counter)
    callers = collections.Counter()
    in_native = 0
    below = 0
    below_component = collections.Counter()
    for event in events:
        frames = [frame_name(f) for f in (event["values"]["stackTrace"] or {}).get("frames", [])]
        if not frames:
            continue
        exclusive[frames[0]] += 1
        if native(frames[0]):
            in_native += 1
        kind, outside = stack_component(frames)
        by_component[kind] += 1
        if outside:
            detail[kind][".".join(outside.split(".")[:4])] += 1
        inner = under(frames, under_of) if under_of else None
        if inner is not None:
            below += 1
            below_component[stack_component(inner)[0] if inner else "the frame itself"] += 1
        if callers_of and callers_of in frames[0]:
            own = next((f for f in frames if f.startswith("io.provisio.")), "(no Provisio frame)")
            callers[(outside or "(JDK only)") + "  <-  " + own] += 1
        for name in set(f for f in frames if f.startswith("io.provisio.")):
            inclusive[name] += 1
    print("%d samples, %.0f units: %.1f samples per 1,000 units" % (len(events), units, len(events) * per))
    if in_native:
        print("of which in native code (the JVM, libc, the kernel; async-profiler records them): %.1f" % (in_native * per))
    print("\nby component (innermost Java frame outside the JDK), per 1,000 units")
    for label, count in by_component.most_common():
        print("  %8.1f  %s" % (count * per, label))
        if label.startswith("other"):
            for package, n in detail[label].most_common(4):
                print("  %8s  %8.1f  %s" % ("", n * per, package))
    print("\nhottest methods, exclusive, per 1,000 units")
    for name, count in exclusive.most_common(top):
        print("  %8.1f  %s" % (count * per, name))
    print("\nProvisio methods, inclusive, per 1,000 units")
    for name, count in inclusive.most_common(top):
        print("  %8.1f  %s" % (count * per, name))
    if under_of:
        print("\nunder %s: %.1f per 1,000 units, by the component of the work inside it" % (under_of, below * per))
        for name, count in below_component.most_common():
            print("  %8.1f  %s" % (count * per, name))
    if callers_of:
        print("\nwho runs %s (first frame outside the JDK  <-  first Provisio frame), per 1,000 units" % callers_of)
        for name, count in callers.most_common(top):
            print("  %8.1f  %s" % (count * per, name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
