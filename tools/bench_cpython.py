"""Times one benchmark inside CPython, without its process start-up (issue 9, scripts/bench).

Usage: python3 tools/bench_cpython.py TIMEFILE PROGRAM.py

Runs PROGRAM.py as __main__ (runpy.run_path: read, compile and run, as `python3 PROGRAM.py` does
after start-up) and writes "WALL CPU" seconds to TIMEFILE: time.perf_counter() and
time.process_time() around that call. The program's stdout and stderr are left untouched, so the
harness still compares them with the output of a plain `python3 PROGRAM.py` run. Matcha's JVM and
browser runs are timed the same way: in-process, compile included, start-up excluded.
"""
import os
import runpy
import sys
import time


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: bench_cpython.py TIMEFILE PROGRAM.py")
    time_file, program = sys.argv[1], os.path.abspath(sys.argv[2])
    # what `python3 PROGRAM.py` sees: argv and the program's folder first on sys.path
    sys.argv = [program]
    sys.path[0] = os.path.dirname(program)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    try:
        runpy.run_path(program, run_name="__main__")
    finally:
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        sys.stdout.flush()
        with open(time_file, "w") as f:
            f.write("%.6f %.6f\n" % (wall, cpu))


main()
