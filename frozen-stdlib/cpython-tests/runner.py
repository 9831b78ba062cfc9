"""Runs one module of CPython's Lib/test through the real unittest and records every test method.

Usage: runner.py MODULE RECORD_FILE [EXCLUDE_FILE]

Runs under python3 (the reference) and under Matcha alike. Each line of RECORD_FILE is
    START <test id>                  written (and flushed) before a test runs, so that the driver
                                     can tell which test a hang or a host crash happened in
    <STATUS> <test id> [<detail>]    STATUS: pass fail error skip xfail upass
    MODULE <status> <detail>         import-error, skip (module-level SkipTest), done
EXCLUDE_FILE lists test ids not to run (tests that hung or crashed in an earlier attempt).
"""
import sys
import time
import unittest

_record = None


def record(*fields):
    line = " ".join(str(f).replace("\n", " ")[:300] for f in fields)
    _record.write(line + "\n")
    _record.flush()


def describe(err):
    exc_type, exc_value, _ = err
    return f"{exc_type.__name__}: {exc_value}"


class RecordingResult(unittest.TestResult):
    """A TestResult that writes one status per test method (a failing subtest fails its method)."""

    def __init__(self):
        super().__init__()
        self.outcome = {}

    def startTest(self, test):
        super().startTest(test)
        record("START", test.id())

    def _set(self, test, status, detail=""):
        # the worst outcome of a method wins: error > fail > upass > xfail > skip > pass
        order = ["pass", "skip", "xfail", "upass", "fail", "error"]
        tid = test.id()
        old = self.outcome.get(tid)
        if old is None or order.index(status) > order.index(old[0]):
            self.outcome[tid] = (status, detail)

    def stopTest(self, test):
        super().stopTest(test)
        status, detail = self.outcome.pop(test.id(), ("pass", ""))
        record(status, test.id(), detail)

    def addSuccess(self, test):
        self._set(test, "pass")

    def addFailure(self, test, err):
        self._set(test, "fail", describe(err))

    def addError(self, test, err):
        if isinstance(test, unittest.TestCase):
            self._set(test, "error", describe(err))
        else:
            # setUpClass/setUpModule errors come with a holder, not a test: the tests never ran
            record("error", test.id(), describe(err))

    def addSkip(self, test, reason):
        self._set(test, "skip", reason)

    def addExpectedFailure(self, test, err):
        self._set(test, "xfail")

    def addUnexpectedSuccess(self, test):
        self._set(test, "upass")

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._set(test, "fail" if failed else "error", f"{subtest.id()}: {describe(err)}")


def without(suite, excluded):
    """The suite minus the excluded test ids (nested suites are kept so class fixtures still run)."""
    kept = unittest.TestSuite()
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            kept.addTest(without(test, excluded))
        elif test.id() not in excluded:
            kept.addTest(test)
    return kept


def main(argv):
    global _record
    module_name, record_path = argv[1], argv[2]
    excluded = set()
    if len(argv) > 3:
        with open(argv[3]) as f:
            excluded = {line.strip() for line in f if line.strip()}
    _record = open(record_path, "a")
    started = time.monotonic()
    try:
        module = __import__(module_name, fromlist=["*"])
        suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    except unittest.SkipTest as e:
        record("MODULE", "skip", e)
        return
    except BaseException as e:
        record("MODULE", "import-error", f"{type(e).__name__}: {e}")
        raise
    without(suite, excluded).run(RecordingResult())
    record("MODULE", "done", f"{time.monotonic() - started:.1f}s")


if __name__ == "__main__":
    main(sys.argv)
