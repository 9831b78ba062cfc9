package org.matcha.web;

import org.matcha.DumpAst;
import org.matcha.parser.Parser;
import org.matcha.parser.WarningSink;
import org.teavm.jso.JSExport;

/**
 * Entry points of the Wasm GC module, called from JavaScript through TeaVM's exports.
 * Grows into the JS API (loadMatcha, runPython, ...) with the VM.
 */
public final class WebMain {
    private WebMain() {}

    public static void main(String[] args) {
        // nothing to start: JavaScript calls the exports below
    }

    @JSExport
    public static String version() {
        return "matcha 0.1.0";
    }

    /** Parses without dumping, for the parse benchmark: true when the source parses. */
    @JSExport
    public static boolean parseOnly(String latin1Bytes, String filename) {
        try {
            Parser.parseModule(latin1ToBytes(latin1Bytes), filename, WarningSink.IGNORE);
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    private static byte[] latin1ToBytes(String latin1) {
        byte[] bytes = new byte[latin1.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) latin1.charAt(i);
        }
        return bytes;
    }

    /**
     * {@code --dump-ast} for one source. The bytes come as a string with one char per byte
     * (0-255), so PEP 263 declarations apply as they do to files. Returns "OK\n" + dump or
     * "ERR\n" + the formatted error; "CRASH\n" + class name would mean a host exception escaped.
     */
    @JSExport
    public static String dumpAst(String latin1Bytes, String filename) {
        byte[] bytes = latin1ToBytes(latin1Bytes);
        try {
            DumpAst.Result r = DumpAst.dump(bytes, filename);
            return (r.ok() ? "OK\n" : "ERR\n") + r.text();
        } catch (Throwable e) {
            return "CRASH\n" + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
