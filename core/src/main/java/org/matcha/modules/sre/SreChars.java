package org.matcha.modules.sre;

import org.matcha.objects.PyStr;
import org.matcha.objects.Unicode;
import org.matcha.objects.UnicodeCase;

/**
 * Character classes and case mapping for the engine: the ASCII, locale and Unicode flavours of
 * \d \s \w and line breaks, and the lower/upper mappings IGNORECASE compares with.
 * CPython: Modules/_sre/sre.c (sre_char_info, sre_category, sre_lower_*, sre_upper_*).
 */
final class SreChars {
    private SreChars() {}

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    /** CPython: SRE_IS_SPACE — \t \n \v \f \r and space. */
    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isAsciiAlnum(int ch) {
        return ch < 128 && ((ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'));
    }

    static boolean isAsciiWord(int ch) {
        return ch == '_' || isAsciiAlnum(ch);
    }

    /** The C locale's isalnum: Matcha runs with an ASCII-only locale, as CPython under "C" or UTF-8 for bytes. */
    static boolean isLocaleWord(int ch) {
        return isAsciiWord(ch);
    }

    static boolean isUnicodeDigit(int ch) {
        if (ch < 128) {
            return isAsciiDigit(ch);
        }
        return Unicode.category(ch) == 9;
    }

    static boolean isUnicodeSpace(int ch) {
        return PyStr.isWhitespace(ch);
    }

    /** CPython: Py_UNICODE_ISALNUM(ch) || ch == '_' (letters L*, numbers Nd/Nl/No). */
    static boolean isUnicodeWord(int ch) {
        if (ch < 128) {
            return isAsciiWord(ch);
        }
        int cat = Unicode.category(ch);
        return (cat >= 1 && cat <= 5) || (cat >= 9 && cat <= 11);
    }

    /** CPython: Py_UNICODE_ISLINEBREAK. */
    static boolean isUnicodeLinebreak(int ch) {
        return ch == '\n' || ch == '\r' || ch == 0x0b || ch == 0x0c || ch == 0x1c || ch == 0x1d || ch == 0x1e
                || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return upperAscii(ch);
    }

    /** The first code point of the lowercase mapping. CPython: _PyUnicode_ToLowercase. */
    static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        return UnicodeCase.lowerFirst(ch);
    }

    /** The first code point of the uppercase mapping. CPython: _PyUnicode_ToUppercase. */
    static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        return UnicodeCase.upperFirst(ch);
    }

    /** CPython: char_loc_ignore. */
    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    /** CPython: sre_category. */
    static boolean category(int code, int ch) {
        switch (code) {
            case SreCode.CATEGORY_DIGIT:
                return isAsciiDigit(ch);
            case SreCode.CATEGORY_NOT_DIGIT:
                return !isAsciiDigit(ch);
            case SreCode.CATEGORY_SPACE:
                return isAsciiSpace(ch);
            case SreCode.CATEGORY_NOT_SPACE:
                return !isAsciiSpace(ch);
            case SreCode.CATEGORY_WORD:
                return isAsciiWord(ch);
            case SreCode.CATEGORY_NOT_WORD:
                return !isAsciiWord(ch);
            case SreCode.CATEGORY_LINEBREAK:
                return ch == '\n';
            case SreCode.CATEGORY_NOT_LINEBREAK:
                return ch != '\n';
            case SreCode.CATEGORY_LOC_WORD:
                return isLocaleWord(ch);
            case SreCode.CATEGORY_LOC_NOT_WORD:
                return !isLocaleWord(ch);
            case SreCode.CATEGORY_UNI_DIGIT:
                return isUnicodeDigit(ch);
            case SreCode.CATEGORY_UNI_NOT_DIGIT:
                return !isUnicodeDigit(ch);
            case SreCode.CATEGORY_UNI_SPACE:
                return isUnicodeSpace(ch);
            case SreCode.CATEGORY_UNI_NOT_SPACE:
                return !isUnicodeSpace(ch);
            case SreCode.CATEGORY_UNI_WORD:
                return isUnicodeWord(ch);
            case SreCode.CATEGORY_UNI_NOT_WORD:
                return !isUnicodeWord(ch);
            case SreCode.CATEGORY_UNI_LINEBREAK:
                return isUnicodeLinebreak(ch);
            case SreCode.CATEGORY_UNI_NOT_LINEBREAK:
                return !isUnicodeLinebreak(ch);
            default:
                return false;
        }
    }

    /**
     * Whether {@code ch} is in the set that starts at {@code code[pc]} (a FAILURE-terminated list
     * of LITERAL, CATEGORY, CHARSET, BIGCHARSET, RANGE, RANGE_UNI_IGNORE and NEGATE items).
     * CPython: sre_lib.h SRE(charset).
     */
    static boolean inCharset(int[] code, int pc, int ch) {
        boolean ok = true;
        for (;;) {
            switch (code[pc++]) {
                case SreCode.FAILURE:
                    return !ok;
                case SreCode.LITERAL:
                    if (ch == code[pc]) {
                        return ok;
                    }
                    pc++;
                    break;
                case SreCode.CATEGORY:
                    if (category(code[pc], ch)) {
                        return ok;
                    }
                    pc++;
                    break;
                case SreCode.CHARSET:
                    if (ch >= 0 && ch < 256 && (code[pc + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    pc += 8;
                    break;
                case SreCode.RANGE:
                    if (inRange(code[pc], ch, code[pc + 1])) {
                        return ok;
                    }
                    pc += 2;
                    break;
                case SreCode.RANGE_UNI_IGNORE: {
                    if (inRange(code[pc], ch, code[pc + 1])) {
                        return ok;
                    }
                    int uch = upperUnicode(ch);
                    if (inRange(code[pc], uch, code[pc + 1])) {
                        return ok;
                    }
                    pc += 2;
                    break;
                }
                case SreCode.NEGATE:
                    ok = !ok;
                    break;
                case SreCode.BIGCHARSET: {
                    int count = code[pc++];
                    int block = -1;
                    if (ch >= 0 && ch < 0x10000) {
                        int k = ch >> 8;
                        block = (code[pc + (k >> 2)] >>> (8 * (k & 3))) & 0xFF;
                    }
                    pc += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[pc + (bit >>> 5)] & (1 << (bit & 31))) != 0) {
                            return ok;
                        }
                    }
                    pc += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    /** lo <= ch <= hi with code words read as unsigned. */
    private static boolean inRange(int lo, int ch, int hi) {
        return Integer.compareUnsigned(lo, ch) <= 0 && Integer.compareUnsigned(ch, hi) <= 0;
    }

    /** CPython: sre_lib.h SRE(charset_loc_ignore). */
    static boolean inCharsetLocIgnore(int[] code, int pc, int ch) {
        int lo = lowerLocale(ch);
        if (inCharset(code, pc, lo)) {
            return true;
        }
        int up = upperLocale(ch);
        return up != lo && inCharset(code, pc, up);
    }
}
