package org.matcha.wasi;

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
            status = run(host, args);
        } catch (Throwable e) {
            // a bug in Matcha that escaped the VM's own handling: report it, never abort()
            host.writeStderr("matcha: internal error: " + e + "\n");
            status = 1;
        }
        host.flush();
        Libc.exit(status);
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

    /** Both tiers of the frozen stdlib (core and extended), linked in by build-wasm.sh. */
    private static void loadFrozenStdlib(WasiHost host) {
        for (int tier = 0; tier < 2; tier++) {
            int size = Libc.stdlibSize(tier);
            if (size <= 0) {
                continue;
            }
            byte[] bundle = new byte[size];
            Libc.stdlibCopy(tier, bundle);
            try {
                FrozenBundle.addDefault(FrozenBundle.parse(bundle));
            } catch (IllegalArgumentException e) {
                host.writeStderr("matcha: cannot load the frozen stdlib (tier " + tier + "): " + e.getMessage() + "\n");
            }
        }
    }
}
