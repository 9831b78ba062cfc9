package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Host;
import org.matcha.vm.Interpreter;

/**
 * The time module over the host's clocks and local time zone (UTC where the host knows none, as
 * in the browser). time.sleep blocks on the JVM; in the browser it returns at once. CPython:
 * Modules/timemodule.c.
 */
@PyModuleDef(name = "time")
public final class TimeModule {
    private TimeModule() {}

    static final PyType STRUCT_TIME = StructSeq.newType("time", "struct_time", new String[] {"tm_year", "tm_mon",
        "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9);

    /** time.tzname as computed at import (standard name, daylight name). */
    private static String[] tzname = {"UTC", "UTC"};

    public static void init(PyModule m) {
        m.add("struct_time", STRUCT_TIME);
        m.add("_STRUCT_TM_ITEMS", PyInt.of(11));
        m.add("CLOCK_REALTIME", PyInt.of(0));
        m.add("CLOCK_MONOTONIC", PyInt.of(1));
        m.add("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(2));
        m.add("CLOCK_THREAD_CPUTIME_ID", PyInt.of(3));
        m.add("CLOCK_MONOTONIC_RAW", PyInt.of(4));
        m.add("CLOCK_BOOTTIME", PyInt.of(7));
        m.add("CLOCK_TAI", PyInt.of(11));
        initTimezone(m);
    }

    private static Host host() {
        return Interpreter.current().host;
    }

    /**
     * timezone, altzone, daylight and tzname from the offsets at the start and middle of the
     * current year. CPython: init_timezone (the branch used with glibc).
     */
    private static void initTimezone(PyModule m) {
        final long year = (365L * 24 + 6) * 3600;
        long t = Math.floorDiv(host().timeNanos() / 1_000_000_000L, year) * year;
        long janZone = -host().utcOffsetSeconds(t);
        String janName = host().zoneAbbreviation(t);
        long julyZone = -host().utcOffsetSeconds(t + year / 2);
        String julyName = host().zoneAbbreviation(t + year / 2);
        if (janZone < julyZone) {
            // DST is reversed in the southern hemisphere
            m.add("timezone", PyInt.of(julyZone));
            m.add("altzone", PyInt.of(janZone));
            tzname = new String[] {julyName, janName};
        } else {
            m.add("timezone", PyInt.of(janZone));
            m.add("altzone", PyInt.of(julyZone));
            tzname = new String[] {janName, julyName};
        }
        m.add("daylight", PyInt.of(janZone != julyZone ? 1 : 0));
        m.add("tzname", PyTuple.of(PyStr.of(tzname[0]), PyStr.of(tzname[1])));
    }

    static String tzname(boolean dst) {
        return tzname[dst ? 1 : 0];
    }

    // ---- clocks ----

    private static PyObject seconds(long nanos) {
        return PyFloat.of(nanos / 1e9);
    }

    @PyMethod
    public static PyObject time() {
        return seconds(host().timeNanos());
    }

    @PyMethod
    public static PyObject time_ns() {
        return PyInt.of(host().timeNanos());
    }

    @PyMethod
    public static PyObject monotonic() {
        return seconds(host().monotonicNanos());
    }

    @PyMethod
    public static PyObject monotonic_ns() {
        return PyInt.of(host().monotonicNanos());
    }

    @PyMethod
    public static PyObject perf_counter() {
        return seconds(host().monotonicNanos());
    }

    @PyMethod
    public static PyObject perf_counter_ns() {
        return PyInt.of(host().monotonicNanos());
    }

    @PyMethod
    public static PyObject process_time() {
        return seconds(host().cpuTimeNanos());
    }

    @PyMethod
    public static PyObject process_time_ns() {
        return PyInt.of(host().cpuTimeNanos());
    }

    /** The program has one thread, so its CPU time is the process's. */
    @PyMethod
    public static PyObject thread_time() {
        return seconds(host().cpuTimeNanos());
    }

    @PyMethod
    public static PyObject thread_time_ns() {
        return PyInt.of(host().cpuTimeNanos());
    }

    private static long clockNanos(int clockId) {
        return switch (clockId) {
            case 0, 11 -> host().timeNanos();
            case 1, 4, 7 -> host().monotonicNanos();
            case 2, 3 -> host().cpuTimeNanos();
            default -> throw PosixErrors.oserror(PosixErrors.EINVAL, null, null);
        };
    }

    @PyMethod(sig = "(*args)")
    public static PyObject clock_gettime(PyObject[] args) {
        TupleArgs.check("clock_gettime", args, 1, 1);
        PyObject clkId = args[0];
        return seconds(clockNanos(BrokenDownTime.cInt(clkId)));
    }

    @PyMethod(sig = "(*args)")
    public static PyObject clock_gettime_ns(PyObject[] args) {
        TupleArgs.check("clock_gettime", args, 1, 1);
        PyObject clkId = args[0];
        return PyInt.of(clockNanos(BrokenDownTime.cInt(clkId)));
    }

    @PyMethod(sig = "(*args)")
    public static PyObject clock_getres(PyObject[] args) {
        TupleArgs.check("clock_getres", args, 1, 1);
        PyObject clkId = args[0];
        clockNanos(BrokenDownTime.cInt(clkId));
        return PyFloat.of(1e-9);
    }

    /** CPython: time_get_clock_info; the implementation names are those of CPython on Linux. */
    @PyMethod(sig = "(*args)")
    public static PyObject get_clock_info(PyObject[] args) {
        TupleArgs.check("get_clock_info", args, 1, 1);
        String name = TupleArgs.str("get_clock_info", args, 0);
        String impl;
        boolean monotonic = true;
        boolean adjustable = false;
        switch (name) {
            case "time" -> {
                impl = "clock_gettime(CLOCK_REALTIME)";
                monotonic = false;
                adjustable = true;
            }
            case "monotonic", "perf_counter" -> impl = "clock_gettime(CLOCK_MONOTONIC)";
            case "process_time" -> impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
            case "thread_time" -> impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
            default -> throw Errors.valueError("unknown clock");
        }
        PyDict d = new PyDict();
        d.setItem("implementation", PyStr.of(impl));
        d.setItem("monotonic", PyBool.of(monotonic));
        d.setItem("adjustable", PyBool.of(adjustable));
        d.setItem("resolution", PyFloat.of(1e-09));
        return PyNamespace.of(d);
    }

    /** CPython: time_sleep over _PyTime_FromSecondsObject (rounding up, "timeout" rounding). */
    @PyMethod(sig = "(secs, /)")
    public static void sleep(PyObject secs) {
        long nanos;
        if (secs instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            // _PyTime_ROUND_TIMEOUT rounds away from zero
            double ns = d >= 0 ? Math.ceil(d * 1e9) : Math.floor(d * 1e9);
            if (!(ns >= -9.223372036854776E18 && ns < 9.223372036854776E18)) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            nanos = (long) ns;
        } else {
            PyInt i = Abstract.index(secs);
            if (i.big != null || i.value > Long.MAX_VALUE / 1_000_000_000L
                    || i.value < Long.MIN_VALUE / 1_000_000_000L) {
                throw Errors.overflow("timestamp too large to convert to C _PyTime_t");
            }
            nanos = i.value * 1_000_000_000L;
        }
        if (nanos < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        host().sleepNanos(nanos);
    }

    // ---- broken-down time ----

    /**
     * A time_t from an int or float, flooring floats. CPython: _PyTime_ObjectToTime_t with
     * _PyTime_ROUND_FLOOR.
     */
    static long toTimeT(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            d = Math.floor(d);
            if (!(d >= -9.223372036854776E18 && d < 9.223372036854776E18)) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        return i.value;
    }

    /** The optional seconds argument of gmtime/localtime/ctime: now when absent or None. */
    private static long whenArg(String fname, PyObject[] args) {
        TupleArgs.check(fname, args, 0, 1);
        if (args.length == 0 || args[0] == PyNone.NONE) {
            return Math.floorDiv(host().timeNanos(), 1_000_000_000L);
        }
        return toTimeT(args[0]);
    }

    static BrokenDownTime utc(long when) {
        return BrokenDownTime.fromEpoch(when, 0, "GMT", 0);
    }

    static BrokenDownTime local(long when) {
        Host h = host();
        return BrokenDownTime.fromEpoch(when, h.utcOffsetSeconds(when), h.zoneAbbreviation(when),
                h.isDaylightTime(when) ? 1 : 0);
    }

    @PyMethod(sig = "(*args)")
    public static PyObject gmtime(PyObject[] args) {
        return utc(whenArg("gmtime", args)).toStructTime();
    }

    @PyMethod(sig = "(*args)")
    public static PyObject localtime(PyObject[] args) {
        return local(whenArg("localtime", args)).toStructTime();
    }

    @PyMethod(sig = "(*args)")
    public static PyObject ctime(PyObject[] args) {
        return PyStr.of(local(whenArg("ctime", args)).asctime());
    }

    @PyMethod(sig = "(*args)")
    public static PyObject asctime(PyObject[] args) {
        if (args.length > 1) {
            throw Errors.typeError("asctime expected at most 1 argument, got " + args.length);
        }
        BrokenDownTime tm;
        if (args.length == 0) {
            tm = local(Math.floorDiv(host().timeNanos(), 1_000_000_000L));
        } else {
            tm = BrokenDownTime.fromTuple(args[0], "asctime(): illegal time tuple argument");
            tm.check();
        }
        return PyStr.of(tm.asctime());
    }

    /**
     * Seconds since the epoch of a broken-down local time, as glibc's mktime: fields normalised,
     * and an explicit tm_isdst that disagrees with the zone shifts the result by an hour.
     */
    static long mktimeSeconds(BrokenDownTime tm) {
        Long asUtc = tm.toEpochAsUtc();
        if (asUtc == null) {
            throw Errors.overflow("mktime argument out of range");
        }
        Host h = host();
        long guess = asUtc - h.utcOffsetSeconds(asUtc);
        long t = asUtc - h.utcOffsetSeconds(guess);
        if (tm.isdst >= 0) {
            boolean actual = h.isDaylightTime(t);
            if (actual != (tm.isdst > 0)) {
                t += actual ? 3600 : -3600;
            }
        }
        return t;
    }

    @PyMethod(sig = "(t, /)")
    public static PyObject mktime(PyObject t) {
        BrokenDownTime tm = BrokenDownTime.fromTuple(t, "mktime(): illegal time tuple argument");
        return PyFloat.of((double) mktimeSeconds(tm));
    }

    /** CPython: time_strftime. */
    @PyMethod(sig = "(*args)")
    public static PyObject strftime(PyObject[] args) {
        TupleArgs.check("strftime", args, 1, 2);
        if (!(args[0] instanceof PyStr format)) {
            throw Errors.typeError("strftime() argument 1 must be str, not " + args[0].type().name);
        }
        BrokenDownTime tm;
        if (args.length == 1) {
            tm = local(Math.floorDiv(host().timeNanos(), 1_000_000_000L));
        } else {
            tm = BrokenDownTime.fromTuple(args[1], "strftime(): illegal time tuple argument");
            tm.check();
        }
        tm.isdst = Math.max(-1, Math.min(1, tm.isdst));
        int[] fmt = format.codePoints();
        for (int c : fmt) {
            if (c == 0) {
                throw Errors.valueError("embedded null character");
            }
        }
        String s = Strftime.format(fmt, tm);
        return PyStr.ofCodePoints(s.codePoints().toArray(), 0, (int) s.codePoints().count());
    }

    /** Delegates to Lib's _strptime._strptime_time. CPython: time_strptime. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject strptime(PyObject[] args, PyDict kwargs) {
        PyObject module = Interpreter.current().imports.importAbsolute("_strptime");
        PyObject func = Abstract.getAttr(module, "_strptime_time");
        if (kwargs == null || kwargs.size() == 0) {
            return Abstract.call(func, args);
        }
        PyObject[] all = new PyObject[args.length + kwargs.size()];
        System.arraycopy(args, 0, all, 0, args.length);
        String[] names = new String[kwargs.size()];
        int k = 0;
        for (PyObject key : Abstract.toArray(kwargs)) {
            names[k] = key.toString();
            all[args.length + k] = kwargs.getItem(key);
            k++;
        }
        return Abstract.call(func, all, names);
    }

    /** Re-reads the host's zone; the host has no TZ variable to honour, so this changes nothing. */
    @PyMethod
    public static void tzset() {
    }
}
