#!/usr/bin/env python3
"""Checks of the bench's Python tools: python3 -m unittest discover -s bench -p 'test_*.py'"""
import importlib
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
thread_cpu = importlib.import_module("thread-cpu")
jfr_components = importlib.import_module("jfr-components")
floor = importlib.import_module("floor")


class ThreadCpuTest(unittest.TestCase):

    def test_kinds_by_thread_name(self):
        self.assertEqual("requests", thread_cpu.kind("http-thread-poo"))
        self.assertEqual("gc", thread_cpu.kind("G1 Conc#0"))
        self.assertEqual("gc", thread_cpu.kind("GC Thread#1"))
        self.assertEqual("jit", thread_cpu.kind("C2 CompilerThre"))
        self.assertEqual("other", thread_cpu.kind("VM Thread"))

    def test_a_thread_that_ended_counts_as_other_and_no_kind_goes_down(self):
        before = "process=100 1:requests:10:5 2:requests:20:0 3:requests:30:1"
        after = "process=190 1:requests:40:10 3:requests:35:1 4:jit:10:0"
        ticks = thread_cpu.diff(before, after)
        # thread 1: 35, thread 3: 5 (thread 2 ended: its 20 ticks before are not subtracted)
        self.assertEqual(40, ticks["requests"])
        self.assertEqual(10, ticks["jit"])  # thread 4 started in between: all of it
        self.assertEqual(5, ticks["sys"])
        self.assertEqual(40, ticks["other"])  # the process's 90 less the 50 seen per thread

    def test_a_live_process_gives_a_line_that_diffs_with_itself_to_zero(self):
        line = thread_cpu.snapshot(os.getpid())
        self.assertTrue(line.startswith("process="))
        self.assertGreater(len(line.split()), 1)  # at least this thread
        self.assertEqual(0, sum(thread_cpu.diff(line, line).values()))

    def test_a_thread_name_with_spaces_and_brackets_is_read(self):
        stat = "123 (pool (1) x) S 1 2 3 4 5 6 7 8 9 10 250 40 0 0"  # fields 14, 15: 250, 40
        self.assertEqual((250, 40), thread_cpu.cpu(stat))


class JfrComponentsTest(unittest.TestCase):

    def test_native_frames_are_told_from_java_ones(self):
        self.assertTrue(jfr_components.native(".pvm_irq_enable"))
        self.assertTrue(jfr_components.native("libc.so.6.__GI_write"))
        self.assertTrue(jfr_components.native("libjvm.so.JavaThread::sleep"))
        self.assertTrue(jfr_components.native("ld-linux-x86-64.so.2.__tls_get_addr"))
        self.assertFalse(jfr_components.native("org.postgresql.core.PGStream.flush"))
        self.assertFalse(jfr_components.native("java.util.HashMap.get"))

    def test_a_stack_is_named_by_its_innermost_java_frame_outside_the_jdk(self):
        stack = [".pvm_irq_enable", "libc.so.6.__GI_write", "java.net.SocketOutputStream.write",
                 "org.postgresql.core.PGStream.flush", "io.provisio.groups.NativeStatements.query"]
        self.assertEqual(("pgjdbc", "org.postgresql.core.PGStream.flush"), jfr_components.stack_component(stack))
        self.assertEqual(("native only (GC, JIT, VM threads)", None), jfr_components.stack_component(stack[:2]))
        self.assertEqual(("JDK only", None), jfr_components.stack_component(stack[:3]))

    def test_under_gives_the_frames_called_from_the_named_one(self):
        stack = ["org.postgresql.core.PGStream.flush", "io.provisio.groups.NativeStatements.query",
                 "io.provisio.users.UserService.list"]
        self.assertEqual(stack[:1], jfr_components.under(stack, "NativeStatements.query"))
        self.assertEqual([], jfr_components.under(stack, "PGStream.flush"))
        self.assertIsNone(jfr_components.under(stack, "GroupService.patch"))

    def test_components_by_package(self):
        self.assertEqual("pgjdbc", jfr_components.component("org.postgresql.core.PGStream.flush"))
        self.assertEqual("Provisio", jfr_components.component("io.provisio.users.UserService.list"))
        self.assertEqual("the bench's minimal app",
                         jfr_components.component("io.provisio.bench.minimal.UsersEndpoint.lookUp"))


class FloorTest(unittest.TestCase):

    def test_busy_is_user_nice_system_irq_softirq_and_steal_counts_only_in_the_total(self):
        # user nice system idle iowait irq softirq steal guest guest_nice
        self.assertEqual((10 + 1 + 5 + 2 + 3, 10 + 1 + 5 + 70 + 4 + 2 + 3 + 6),
                         floor.ticks("cpu  10 1 5 70 4 2 3 6 0 0"))

    def test_a_window_line_gives_rate_cpu_per_unit_and_busy_and_reads_back(self):
        # 200 busy ticks of 100 per s over 2,000 units: 1 ms each; 200 of 250 ticks busy
        line = floor.window_line("dry", 2000, 20, "1000 5000", "1200 5250", 100)
        self.assertEqual("dry", line.split()[0])
        self.assertEqual({"dry": (100.0, 1.0, 80.0)}, floor.means([line]))

    def test_a_window_without_units_is_refused(self):
        with self.assertRaises(ValueError):
            floor.window_line("jdbc", 0, 20, "1000 5000", "1200 5250", 100)

    def test_means_are_per_side(self):
        lines = ["jdbc 100.0 /s machine CPU 0.400 ms per unit busy 80 %",
                 "jdbc 300.0 /s machine CPU 0.600 ms per unit busy 90 %",
                 "dry 50.0 /s machine CPU 1.000 ms per unit busy 100 %", ""]
        self.assertEqual({"jdbc": (200.0, 0.5, 85.0), "dry": (50.0, 1.0, 100.0)}, floor.means(lines))

    def test_the_bound_adds_a_dry_post_to_an_insert_on_every_core(self):
        # 2 cores, 0.6 + 0.4 ms a POST at least: 2,000 POSTs/s at most
        self.assertAlmostEqual(2000.0, floor.bound(2, 0.6, 0.4))
        m = {"jdbc": (4000.0, 0.4, 90.0), "provisio": (1000.0, 1.8, 97.0),
             "minimal": (1200.0, 1.5, 97.0), "dry": (3000.0, 0.6, 97.0)}
        out = floor.summary(m, 2)
        self.assertIn("Provisio 0.25, the minimal app 0.30; the dry POST alone 0.75", out[4])
        self.assertIn("= 2000 POST/s, 0.50 of the JDBC rate", out[5])
        self.assertIn("the minimal app +0.500 ms, Provisio +0.800 ms", out[6])

    def test_a_summary_without_a_side_says_which(self):
        with self.assertRaisesRegex(ValueError, "dry"):
            floor.summary({"jdbc": (1.0, 1.0, 1.0), "provisio": (1.0, 1.0, 1.0), "minimal": (1.0, 1.0, 1.0)}, 2)

    # /proc/PID/stat: pid (comm) state ppid ... utime(14) stime(15) cutime(16) cstime(17) ...
    STAT = "%s (%s) S 1 1 1 0 -1 4194304 100 0 0 0 %d %d %d %d 20 0 1 0 100 1000 10"

    def test_a_process_counts_its_own_ticks_and_its_ended_childrens_and_a_name_may_hold_spaces(self):
        self.assertEqual(10 + 20 + 3 + 4, floor.proc_ticks(self.STAT % (42, "wrk a) b", 10, 20, 3, 4)))
        self.assertEqual("wrk a) b", floor.proc_name(self.STAT % (42, "wrk a) b", 10, 20, 3, 4)))

    def test_groups_are_the_named_pids_and_every_postgres_process_and_a_gone_pid_counts_nothing(self):
        stats = {"7": self.STAT % (7, "java", 100, 50, 0, 0), "8": self.STAT % (8, "postgres", 30, 10, 5, 5),
                 "9": self.STAT % (9, "postgres", 1, 1, 0, 0), "10": self.STAT % (10, "bash", 2, 2, 40, 20)}
        self.assertEqual({"server": 150, "load": 64, "gone": 0, "postgres": 52},
                         floor.group_ticks(["server=7", "load=10", "gone=11"], stats))

    def test_a_window_splits_the_machine_cpu_by_group_and_the_rest_is_other(self):
        busy, total, groups = floor.split("1000 5000 server=100 postgres=50", "1200 5250 server=180 postgres=150")
        self.assertEqual((200, 250, {"server": 80, "postgres": 100, "other": 20}), (busy, total, groups))
        # 2,000 units, 100 ticks per s: the server 0.4 ms a unit, PostgreSQL 0.5, the rest 0.1
        line = floor.window_line("minimal", 2000, 20, "1000 5000 server=100 postgres=50",
                                 "1200 5250 server=180 postgres=150", 100)
        self.assertEqual({"minimal": ((100.0, 1.0, 80.0), {"server": 0.4, "postgres": 0.5, "other": 0.1})},
                         floor.means_by_group([line]))

    def test_the_summary_splits_the_minimal_posts_cost_above_a_dry_post_and_an_insert_by_process(self):
        m = {"jdbc": (4000.0, 0.4, 90.0), "provisio": (1000.0, 1.8, 97.0),
             "minimal": (1200.0, 1.5, 97.0), "dry": (3000.0, 0.6, 97.0)}
        groups = {"jdbc": {"server": 0.0, "postgres": 0.3, "other": 0.1},
                  "provisio": {"server": 1.0, "postgres": 0.5, "other": 0.3},
                  "minimal": {"server": 0.9, "postgres": 0.4, "other": 0.2},
                  "dry": {"server": 0.5, "postgres": 0.0, "other": 0.1}}
        out = floor.summary(m, 2, groups)
        self.assertIn("minimal: server 0.900 postgres 0.400 other 0.200", out[7])
        self.assertEqual("the minimal app's POST above a dry POST and an insert, by process, ms: "
                         "server +0.400 postgres +0.100 other +0.000", out[8])


if __name__ == "__main__":
    unittest.main()
