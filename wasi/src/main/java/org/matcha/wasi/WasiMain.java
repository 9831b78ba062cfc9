package org.matcha.wasi;

import java.nio.charset.StandardCharsets;
import org.matcha.objects.IntMath;
import org.matcha.vm.CommandLine;
import org.matcha.vm.FrozenBundle;

/**
 * The entry point of matcha.wasm: {@code matcha.wasm [-c CMD | -m MODULE | FILE | -] [ARGS]}, as
 * CPython's command line (core's {@link CommandLine}), with the frozen stdlib linked into the module.
 */
public final class WasiMain {
    private WasiMain() {}

    public static void main(String[] args) {
        WasiHost host = new WasiHost();
        loadFrozenStdlib(host);
        enterWorkingDirectory(host);
        int status;
        try {
            status = args.length > 0 && args[0].equals(TEST_BATCH) ? runTestBatch(host, args) : run(host, args);
        } catch (Throwable e) {
            // a bug in Matcha that escaped the VM's own handling: report it, never abort()
            host.writeStderr("matcha: internal error: " + e + "\n");
            status = 1;
        }
        host.flush();
        Libc.exit(status);
    }

    /**
     * {@code matcha.wasm --test-batch FILE...} (for the e2e tests, not a CPython option): runs each
     * FILE (an absolute path) as {@code matcha.wasm FILE} would, from FILE's folder, in a fresh
     * interpreter, all in this one process, so that the module's start-up is paid once. After each,
     * standard output gets "STATUS OUTLEN ERRLEN\n" and the program's stdout and stderr (UTF-8). A
     * program that ends the process (os._exit) or traps leaves its frame out: the caller runs it alone.
     */
    static final String TEST_BATCH = "--test-batch";

    private static int runTestBatch(WasiHost host, String[] args) {
        int maxStrDigits = IntMath.maxStrDigits;
        for (int i = 1; i < args.length; i++) {
            String file = args[i];
            int slash = file.lastIndexOf('/');
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            int status;
            try {
                host.fileSystem().chdir(slash > 0 ? file.substring(0, slash) : "/");
                IntMath.maxStrDigits = maxStrDigits;  // sys.set_int_max_str_digits is process-wide
                host.capture(out, err);
                status = run(host, new String[] {file.substring(slash + 1)});
            } catch (Throwable e) {
                err.append("matcha: internal error: ").append(e).append('\n');
                status = 1;
            }
            host.endCapture();
            byte[] o = out.toString().getBytes(StandardCharsets.UTF_8);
            byte[] e = err.toString().getBytes(StandardCharsets.UTF_8);
            host.writeStdout(status + " " + o.length + " " + e.length + "\n");
            host.flush();
            host.writeBytes(1, o);
            host.writeBytes(1, e);
        }
        return 0;
    }

    private static int run(WasiHost host, String[] args) {
        return new CommandLine(host, new CommandLine.Console() {
            @Override
            public boolean stdinIsTerminal() {
                return Libc.isatty(0) != 0;
            }

            @Override
            public byte[] readAllStdin() {
                return host.readAllStdin();
            }

            @Override
            public String bannerLine() {
                return "Python 3.11.7 (Matcha 0.1.0) on wasi";
            }
        }).run(args);
    }

    /**
     * WASI has no current directory of its own: wasi-libc starts at "/". When the runtime passes
     * PWD (as the tests and run-wasmtime's users may) and it lies in a preopened directory, relative
     * paths start there, as they would in CPython started from that folder.
     */
    private static void enterWorkingDirectory(WasiHost host) {
        String pwd = host.environment().get("PWD");
        if (pwd != null && pwd.startsWith("/") && host.fileSystem().isDirectory(pwd)) {
            host.fileSystem().chdir(pwd);
        }
    }

    /**
     * Both tiers of the frozen stdlib (core and extended), linked in by build-wasm.sh as data: only
     * the index and the modules a program imports are copied into Java arrays.
     */
    private static void loadFrozenStdlib(WasiHost host) {
        for (int tier = 0; tier < 2; tier++) {
            int size = Libc.stdlibSize(tier);
            if (size <= 0) {
                continue;
            }
            int bundle = tier;
            try {
                FrozenBundle.addDefault(FrozenBundle.parse(new FrozenBundle.Bytes() {
                    @Override
                    public int length() {
                        return size;
                    }

                    @Override
                    public byte[] read(int offset, int length) {
                        byte[] out = new byte[length];
                        Libc.stdlibRead(bundle, offset, length, out);
                        return out;
                    }
                }));
            } catch (IllegalArgumentException e) {
                host.writeStderr("matcha: cannot load the frozen stdlib (tier " + tier + "): " + e.getMessage() + "\n");
            }
        }
    }
}
