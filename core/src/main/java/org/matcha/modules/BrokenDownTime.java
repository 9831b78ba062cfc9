package org.matcha.modules;

import org.matcha.objects.*;

/**
 * C's {@code struct tm} and the proleptic Gregorian arithmetic behind gmtime, localtime, mktime
 * and strftime. Years are kept as the real year (not year - 1900), months 0-11, weekdays with
 * Sunday = 0 and days of the year from 0, as in C. CPython: Modules/timemodule.c (tmtotuple,
 * gettmarg, checktm); the calendar rules are glibc's gmtime/mktime.
 */
final class BrokenDownTime {
    long year;
    int mon;
    int mday;
    int hour;
    int min;
    int sec;
    int wday;
    int yday;
    int isdst;
    /** Seconds east of UTC, and the zone's abbreviation (null: not given, as for a plain tuple). */
    long gmtoff;
    String zone;

    static final int SECONDS_PER_DAY = 86400;
    /** glibc keeps tm_year - 1900 in a C int. */
    static final long MIN_YEAR = Integer.MIN_VALUE + 1900L;
    static final long MAX_YEAR = Integer.MAX_VALUE + 1900L;

    /** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
    static long daysFromCivil(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static boolean isLeap(long y) {
        return Math.floorMod(y, 4) == 0 && (Math.floorMod(y, 100) != 0 || Math.floorMod(y, 400) == 0);
    }

    /**
     * The broken-down UTC time of {@code seconds + gmtoff}; OSError EOVERFLOW when the year does not
     * fit a C int, as glibc's gmtime_r reports.
     */
    static BrokenDownTime fromEpoch(long seconds, long gmtoff, String zone, int isdst) {
        long local;
        try {
            local = Math.addExact(seconds, gmtoff);
        } catch (ArithmeticException e) {
            throw PosixErrors.oserror(PosixErrors.EOVERFLOW, null, null);
        }
        long days = Math.floorDiv(local, SECONDS_PER_DAY);
        int secOfDay = (int) Math.floorMod(local, SECONDS_PER_DAY);
        BrokenDownTime tm = new BrokenDownTime();
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doyMar = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doyMar + 2) / 153;
        long d = doyMar - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw PosixErrors.oserror(PosixErrors.EOVERFLOW, null, null);
        }
        tm.year = y;
        tm.mon = (int) m - 1;
        tm.mday = (int) d;
        tm.hour = secOfDay / 3600;
        tm.min = secOfDay / 60 % 60;
        tm.sec = secOfDay % 60;
        tm.wday = (int) Math.floorMod(days + 4, 7);
        tm.yday = (int) (days - daysFromCivil(y, 1, 1));
        tm.isdst = isdst;
        tm.gmtoff = gmtoff;
        tm.zone = zone;
        return tm;
    }

    /**
     * Seconds since the epoch of these fields read as UTC, normalising out-of-range months, days,
     * hours, minutes and seconds the way mktime does; null when the result overflows.
     */
    Long toEpochAsUtc() {
        try {
            long y = year + Math.floorDiv((long) mon, 12);
            long m = Math.floorMod((long) mon, 12) + 1;
            long days = daysFromCivil(y, m, 1) + mday - 1L;
            long secs = Math.multiplyExact(days, (long) SECONDS_PER_DAY);
            secs = Math.addExact(secs, hour * 3600L + min * 60L + (long) sec);
            return secs;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The visible nine fields and tm_zone/tm_gmtoff as a time.struct_time. CPython: tmtotuple. */
    PyObject toStructTime() {
        return StructSeq.make(TimeModule.STRUCT_TIME, PyInt.of(year), PyInt.of(mon + 1), PyInt.of(mday),
                PyInt.of(hour), PyInt.of(min), PyInt.of(sec), PyInt.of((wday + 6) % 7), PyInt.of(yday + 1),
                PyInt.of(isdst), zone == null ? PyNone.NONE : PyStr.of(zone), PyInt.of(gmtoff));
    }

    /**
     * Reads a 9-tuple or struct_time. {@code message} is the TypeError for a tuple of the wrong
     * length. CPython: gettmarg.
     */
    static BrokenDownTime fromTuple(PyObject arg, String message) {
        if (!(arg instanceof PyTuple t)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (t.items.length != 9) {
            throw Errors.typeError(message);
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = cInt(t.items[i]);
        }
        if (v[0] < Integer.MIN_VALUE + 1900) {
            throw Errors.overflow("year out of range");
        }
        BrokenDownTime tm = new BrokenDownTime();
        tm.year = v[0];
        tm.mon = v[1] - 1;
        tm.mday = v[2];
        tm.hour = v[3];
        tm.min = v[4];
        tm.sec = v[5];
        // C's % keeps the sign of the dividend: -2 becomes -1, which checktm rejects
        tm.wday = (int) ((v[6] + 1L) % 7);
        tm.yday = v[7] - 1;
        tm.isdst = v[8];
        if (arg.type() == TimeModule.STRUCT_TIME && arg instanceof StructSeq.Instance s) {
            PyObject zone = s.field(9);
            if (zone != PyNone.NONE) {
                if (!(zone instanceof PyStr zs)) {
                    throw Errors.typeError("bad argument type for built-in operation");
                }
                tm.zone = zs.toString();
            }
            PyObject off = s.field(10);
            if (off != PyNone.NONE) {
                tm.gmtoff = cLong(off);
            }
        }
        return tm;
    }

    /** PyArg_ParseTuple's "i" converter. CPython: getargs.c, convertsimple. */
    static int cInt(PyObject o) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value > Integer.MAX_VALUE) {
            if (i.signum() < 0) {
                throw Errors.overflow("signed integer is less than minimum");
            }
            throw Errors.overflow("signed integer is greater than maximum");
        }
        if (i.value < Integer.MIN_VALUE) {
            throw Errors.overflow("signed integer is less than minimum");
        }
        return (int) i.value;
    }

    /** PyLong_AsLong. */
    static long cLong(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.value;
    }

    /** Range checks before strftime and asctime, which also fill in zero months and days. CPython: checktm. */
    void check() {
        if (mon == -1) {
            mon = 0;
        } else if (mon < 0 || mon > 11) {
            throw Errors.valueError("month out of range");
        }
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if (hour < 0 || hour > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (min < 0 || min > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (sec < 0 || sec > 61) {
            throw Errors.valueError("seconds out of range");
        }
        if (wday < 0) {
            throw Errors.valueError("day of week out of range");
        }
        if (yday == -1) {
            yday = 0;
        } else if (yday < 0 || yday > 365) {
            throw Errors.valueError("day of year out of range");
        }
    }

    static final String[] WEEKDAY_ABBR = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static final String[] WEEKDAY_FULL = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    static final String[] MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};
    static final String[] MONTH_FULL = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** "Sat Jun  6 16:26:11 1998". CPython: _asctime. */
    String asctime() {
        StringBuilder sb = new StringBuilder();
        sb.append(WEEKDAY_ABBR[wday]).append(' ').append(MONTH_ABBR[mon]);
        String day = Integer.toString(mday);
        sb.append(" ".repeat(Math.max(0, 3 - day.length()))).append(day).append(' ');
        two(sb, hour).append(':');
        two(sb, min).append(':');
        two(sb, sec).append(' ').append(year);
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append(v < 10 ? "0" : "").append(v);
    }
}
