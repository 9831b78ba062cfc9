package org.matcha.web;

import org.matcha.DumpAst;
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

    /**
     * {@code --dump-ast} for one source. The bytes come as a string with one char per byte
     * (0-255), so PEP 263 declarations apply as they do to files. Returns "OK\n" + dump or
     * "ERR\n" + the formatted error; "CRASH\n" + class name would mean a host exception escaped.
     */
    @JSExport
    public static String dumpAst(String latin1Bytes, String filename) {
        byte[] bytes = new byte[latin1Bytes.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) latin1Bytes.charAt(i);
        }
        try {
            DumpAst.Result r = DumpAst.dump(bytes, filename);
            return (r.ok() ? "OK\n" : "ERR\n") + r.text();
        } catch (Throwable e) {
            return "CRASH\n" + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
