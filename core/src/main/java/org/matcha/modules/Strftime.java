package org.matcha.modules;

/**
 * time.strftime as CPython gets it from glibc's wcsftime in the C locale: the flags {@code _ - 0
 * ^ #}, a field width, the E and O modifiers, and glibc's rule of copying an unknown directive
 * through unchanged. CPython: Modules/timemodule.c, time_strftime; glibc: time/strftime_l.c.
 */
final class Strftime {
    private final BrokenDownTime tm;
    private final StringBuilder out = new StringBuilder();
    /** The buffer CPython ends up offering; a longer result makes strftime return "". */
    private final long limit;
    private boolean overflow;

    // per-directive state, as in glibc's __strftime_internal
    private int pad;
    private int width;
    private boolean upcase;
    private boolean changeCase;

    private Strftime(BrokenDownTime tm, long limit) {
        this.tm = tm;
        this.limit = limit;
    }

    /** Formats code points {@code fmt}; "" when the result would not fit CPython's largest buffer. */
    static String format(int[] fmt, BrokenDownTime tm) {
        // CPython retries with buffers of 1024, 2048, ... characters until one is 256 times the format
        long cap = 1024;
        while (cap < 256L * fmt.length) {
            cap *= 2;
        }
        Strftime f = new Strftime(tm, cap);
        f.run(fmt);
        return f.overflow || f.out.length() >= cap ? "" : f.out.toString();
    }

    private void run(int[] f) {
        int i = 0;
        while (i < f.length && !overflow) {
            int c = f[i];
            if (c != '%') {
                out.appendCodePoint(c);
                i++;
                continue;
            }
            int start = i;
            pad = 0;
            width = -1;
            upcase = false;
            changeCase = false;
            i++;
            while (i < f.length) {
                int fl = f[i];
                if (fl == '_' || fl == '-' || fl == '0') {
                    pad = fl;
                } else if (fl == '^') {
                    upcase = true;
                } else if (fl == '#') {
                    changeCase = true;
                } else {
                    break;
                }
                i++;
            }
            if (i < f.length && f[i] >= '0' && f[i] <= '9') {
                long w = 0;
                while (i < f.length && f[i] >= '0' && f[i] <= '9') {
                    w = Math.min(w * 10 + (f[i] - '0'), Integer.MAX_VALUE);
                    i++;
                }
                width = (int) w;
                if (width >= limit) {
                    overflow = true;
                    return;
                }
            }
            int modifier = 0;
            if (i < f.length && (f[i] == 'E' || f[i] == 'O')) {
                modifier = f[i];
                i++;
            }
            if (i >= f.length) {
                // a directive cut off by the end of the format is copied as it stands
                badFormat(f, start, f.length);
                return;
            }
            int conv = f[i];
            i++;
            if (!directive(conv, modifier)) {
                badFormat(f, start, i);
            }
        }
    }

    private void badFormat(int[] f, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.appendCodePoint(f[k]);
        }
        add(upcase ? sb.toString().toUpperCase(java.util.Locale.ROOT) : sb.toString());
    }

    /** Which conversions accept the E and O modifiers (glibc 2.36, measured). */
    private static final String E_OK = "cnprstuxyzCPRTXYZ%";
    private static final String O_OK = "bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%";

    private boolean directive(int conv, int modifier) {
        if (modifier == 'E' && E_OK.indexOf(conv) < 0 || modifier == 'O' && O_OK.indexOf(conv) < 0) {
            return false;
        }
        switch (conv) {
            case '%' -> add("%");
            case 'n' -> add("\n");
            case 't' -> add("\t");
            case 'a' -> string(BrokenDownTime.WEEKDAY_ABBR[tm.wday], false);
            case 'A' -> string(BrokenDownTime.WEEKDAY_FULL[tm.wday], false);
            case 'b', 'h' -> string(BrokenDownTime.MONTH_ABBR[tm.mon], false);
            case 'B' -> string(BrokenDownTime.MONTH_FULL[tm.mon], false);
            case 'p' -> string(tm.hour > 11 ? "PM" : "AM", changeCase);
            case 'P' -> string(tm.hour > 11 ? "pm" : "am", true);
            case 'c' -> subformat("%a %b %e %H:%M:%S %Y");
            case 'x', 'D' -> subformat("%m/%d/%y");
            case 'X', 'T' -> subformat("%H:%M:%S");
            case 'F' -> subformat("%Y-%m-%d");
            case 'R' -> subformat("%H:%M");
            case 'r' -> subformat("%I:%M:%S %p");
            case 'C' -> number(1, Math.floorDiv(tm.year, 100), false);
            case 'y' -> number(2, (tm.year % 100 + 100) % 100, false);
            case 'Y' -> number(1, tm.year, false);
            case 'd' -> number(2, tm.mday, false);
            case 'e' -> number(2, tm.mday, true);
            case 'H' -> number(2, tm.hour, false);
            case 'k' -> number(2, tm.hour, true);
            case 'I' -> number(2, hour12(), false);
            case 'l' -> number(2, hour12(), true);
            case 'j' -> number(3, tm.yday + 1L, false);
            case 'm' -> number(2, tm.mon + 1L, false);
            case 'M' -> number(2, tm.min, false);
            case 'S' -> number(2, tm.sec, false);
            case 's' -> number(1, TimeModule.mktimeSeconds(tm), false);
            case 'u' -> number(1, (tm.wday - 1 + 7) % 7 + 1, false);
            case 'w' -> number(1, tm.wday, false);
            case 'U' -> number(2, (tm.yday - tm.wday + 7) / 7, false);
            case 'W' -> number(2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, false);
            case 'G', 'g', 'V' -> isoWeek(conv);
            case 'z' -> offset();
            case 'Z' -> zone();
            default -> {
                return false;
            }
        }
        return true;
    }

    private long hour12() {
        int h = tm.hour % 12;
        return h == 0 ? 12 : h;
    }

    /** glibc's add(): pads to the field width with zeros for the 0 flag, else spaces. */
    private void add(String s) {
        int delta = width - s.length();
        if (delta > 0) {
            if (out.length() + (long) delta >= limit) {
                overflow = true;
                return;
            }
            out.append(String.valueOf(pad == '0' ? '0' : ' ').repeat(delta));
        }
        out.append(s);
    }

    /** A name: ^ upper-cases it; {@code lower} (from # or %P) lower-cases it and wins. */
    private void string(String s, boolean lower) {
        if (lower) {
            s = s.toLowerCase(java.util.Locale.ROOT);
        } else if (upcase || changeCase) {
            s = s.toUpperCase(java.util.Locale.ROOT);
        }
        add(s);
    }

    private void subformat(String sub) {
        Strftime inner = new Strftime(tm, limit);
        int[] cps = sub.codePoints().toArray();
        inner.run(cps);
        String s = inner.out.toString();
        add(upcase ? s.toUpperCase(java.util.Locale.ROOT) : s);
    }

    /**
     * A number of at least {@code digits} digits (or the field width): zero-padded after the sign by
     * default, space-padded with _ (or by default for %e %k %l), unpadded with -. glibc: DO_NUMBER.
     */
    private void number(int digits, long value, boolean spacePad) {
        int p = pad == 0 && spacePad ? '_' : pad;
        int minDigits = Math.max(digits, width);
        String abs = value < 0 ? Long.toString(value).substring(1) : Long.toString(value);
        String sign = value < 0 ? "-" : "";
        if (p == '-') {
            add(sign + abs);
            return;
        }
        int padding = minDigits - sign.length() - abs.length();
        if (padding <= 0) {
            out.append(sign).append(abs);
            return;
        }
        if (out.length() + (long) minDigits >= limit) {
            overflow = true;
            return;
        }
        if (p == '_') {
            out.append(" ".repeat(padding)).append(sign).append(abs);
        } else {
            out.append(sign).append("0".repeat(padding)).append(abs);
        }
    }

    /** %G %g %V: the ISO 8601 week-numbering year and week. glibc: iso_week_days. */
    private void isoWeek(int conv) {
        long year = tm.year;
        int days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
            year--;
            days = isoWeekDays(tm.yday + (365 + (BrokenDownTime.isLeap(year) ? 1 : 0)), tm.wday);
        } else {
            int d = isoWeekDays(tm.yday - (365 + (BrokenDownTime.isLeap(year) ? 1 : 0)), tm.wday);
            if (d >= 0) {
                year++;
                days = d;
            }
        }
        switch (conv) {
            case 'g' -> number(2, (year % 100 + 100) % 100, false);
            case 'G' -> number(1, year, false);
            default -> number(2, days / 7 + 1, false);
        }
    }

    /** Days since the Monday of ISO week 1 containing the year's first Thursday (may be negative). */
    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    /** %z: +hhmm; nothing when tm_isdst is negative (zone unknown). */
    private void offset() {
        if (tm.isdst < 0) {
            return;
        }
        long diff = tm.gmtoff;
        if (diff < 0) {
            add("-");
            diff = -diff;
        } else {
            add("+");
        }
        diff /= 60;
        number(4, diff / 60 * 100 + diff % 60, false);
    }

    /** %Z: tm_zone, else tzname[isdst != 0], else nothing when tm_isdst is negative. */
    private void zone() {
        String z = tm.zone;
        if ((z == null || z.isEmpty()) && tm.isdst >= 0) {
            z = TimeModule.tzname(tm.isdst != 0);
        }
        if (z == null) {
            z = "";
        }
        if (changeCase) {
            z = z.toLowerCase(java.util.Locale.ROOT);
        } else if (upcase) {
            z = z.toUpperCase(java.util.Locale.ROOT);
        }
        add(z);
    }
}
