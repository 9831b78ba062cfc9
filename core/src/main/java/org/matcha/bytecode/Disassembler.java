package org.matcha.bytecode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matcha.objects.Abstract;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyException;
import org.matcha.vm.CompileSupport;

/** {@code --dis}: a listing of a code object and the code objects in its constants, like CPython's dis. */
public final class Disassembler {
    private Disassembler() {}

    public static int disassembleFile(String file, PrintStream out) {
        try {
            byte[] src = Files.readAllBytes(Path.of(file));
            new org.matcha.vm.PythonRunner(new NullHost());
            PyCode code = CompileSupport.compile(src, file, "exec");
            out.print(disassemble(code));
            return 0;
        } catch (IOException e) {
            System.err.println("matcha: can't open file '" + file + "'");
            return 2;
        } catch (PyException e) {
            System.err.print(org.matcha.vm.TracebackPrinter.format(e.value));
            return 1;
        }
    }

    public static String disassemble(PyCode code) {
        StringBuilder b = new StringBuilder();
        disassemble(code, b);
        return b.toString();
    }

    private static void disassemble(PyCode code, StringBuilder b) {
        b.append("Disassembly of <code object ").append(code.name).append(", line ").append(code.firstlineno)
                .append(">:\n");
        int lastLine = -1;
        for (int i = 0; i < code.code.length; i++) {
            int instr = Quickener.unquickened(code.code[i]);
            int op = instr & 0xFF;
            int arg = instr >> 8;
            int line = code.lineOf(i);
            String lineCol = line != lastLine ? String.format("%4d", line) : "    ";
            lastLine = line;
            b.append(lineCol).append(String.format(" %6d %-22s", i, Opcode.NAMES[op]));
            if (Opcode.hasArg(op)) {
                b.append(String.format(" %d", arg));
                String detail = detail(code, op, arg);
                if (detail != null) {
                    b.append(" (").append(detail).append(')');
                }
            }
            b.append('\n');
        }
        if (code.exceptionTable.length > 0) {
            b.append("ExceptionTable:\n");
            for (int i = 0; i < code.exceptionTable.length; i += 5) {
                int[] t = code.exceptionTable;
                b.append("  ").append(t[i]).append(" to ").append(t[i + 1]).append(" -> ").append(t[i + 2])
                        .append(" [").append(t[i + 3]).append(']').append(t[i + 4] != 0 ? " lasti" : "").append('\n');
            }
        }
        b.append('\n');
        for (PyObject c : code.consts) {
            if (c instanceof PyCode inner) {
                disassemble(inner, b);
            }
        }
    }

    private static String detail(PyCode code, int op, int arg) {
        switch (Opcode.ARG_KINDS[op]) {
            case "const":
                PyObject c = code.consts[arg];
                return c instanceof PyCode pc ? "<code object " + pc.name + ">" : Abstract.reprString(c);
            case "local":
                return arg < code.varnames.length ? code.varnames[arg] : "?";
            case "name":
                return code.names[arg];
            case "cell":
                return arg < code.cellvars.length ? code.cellvars[arg]
                        : code.freevars[arg - code.cellvars.length];
            case "label":
                return "to " + arg;
            case "op":
                return arg >= 13 ? Abstract.BINARY_SYMBOLS[arg - 13] + "=" : Abstract.BINARY_SYMBOLS[arg];
            case "cmp":
                return new String[] {"<", "<=", "==", "!=", ">", ">="}[arg];
            default:
                return null;
        }
    }

    /** A host with no I/O, for compiling only. */
    private static final class NullHost implements org.matcha.vm.Host {
        @Override
        public void writeStdout(String text) {
        }

        @Override
        public void writeStderr(String text) {
        }

        @Override
        public String readLine() {
            return null;
        }

        @Override
        public byte[] readFile(String path) {
            return null;
        }

        @Override
        public boolean isDirectory(String path) {
            return false;
        }

        @Override
        public boolean isFile(String path) {
            return false;
        }

        @Override
        public long timeNanos() {
            return 0;
        }

        @Override
        public long monotonicNanos() {
            return 0;
        }

        private final org.matcha.vm.HostFileSystem fileSystem = new org.matcha.vm.MemoryFileSystem(() -> 0L);

        @Override
        public org.matcha.vm.HostFileSystem fileSystem() {
            return fileSystem;
        }
    }
}
