package org.matcha;

import java.io.IOException;
import org.matcha.bytecode.Disassembler;

/**
 * Command-line entry point, like CPython's {@code python3}:
 * {@code java -jar matcha.jar [-c CMD | FILE | -] [ARGS]}, plus {@code --dump-ast FILE...} and
 * {@code --dis FILE}.
 */
public final class Main {
    private Main() {}

    /** Deeply nested (but legal) source recurses deeply: give the work a large stack. */
    private static final long STACK_BYTES = 512L << 20;

    public static void main(String[] rawArgs) throws InterruptedException {
        int[] status = {1};
        // MATCHA_PROFILE=1 or --profile: opcode counts and hot functions on stderr at exit (JvmProfiler)
        JvmProfiler profiler = JvmProfiler.requested(rawArgs) ? JvmProfiler.start() : null;
        String[] args = rawArgs.length > 0 && rawArgs[0].equals("--profile")
                ? java.util.Arrays.copyOfRange(rawArgs, 1, rawArgs.length) : rawArgs;
        loadFrozenStdlib();
        Thread worker = new Thread(null, () -> status[0] = run(args), "matcha-main", STACK_BYTES);
        worker.start();
        worker.join();
        System.out.flush();
        if (profiler != null) {
            profiler.report(System.err);
        }
        System.exit(status[0]);
    }

    static int run(String[] args) {
        org.matcha.vm.EvalLoop.debugInternalErrors = "1".equals(System.getenv("MATCHA_DEBUG"));
        if (args.length >= 1 && args[0].equals("--dump-ast")) {
            int status = 0;
            for (int i = 1; i < args.length; i++) {
                status |= DumpAst.dumpFile(args[i], System.out);
            }
            return status;
        }
        if (args.length == 2 && args[0].equals("--dis")) {
            return Disassembler.disassembleFile(args[1], System.out);
        }
        JvmHost host = JvmHost.system();
        return new org.matcha.vm.CommandLine(host, new org.matcha.vm.CommandLine.Console() {
            @Override
            public boolean stdinIsTerminal() {
                return System.console() != null;
            }

            @Override
            public byte[] readAllStdin() {
                try {
                    return System.in.readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            }

            @Override
            public String bannerLine() {
                return "Python 3.11.7 (Matcha 0.1.0) on the JVM";
            }
        }).run(args);
    }

    /**
     * The frozen standard library, when its bundles are on the class path (frozen-stdlib's
     * matcha.jar has them; core's own jar runs without a stdlib).
     */
    static void loadFrozenStdlib() {
        for (String tier : new String[] {"core", "extended"}) {
            try (java.io.InputStream in = Main.class.getClassLoader()
                    .getResourceAsStream("org/matcha/stdlib/stdlib-" + tier + ".bundle")) {
                if (in != null) {
                    org.matcha.vm.FrozenBundle.addDefault(org.matcha.vm.FrozenBundle.parse(in.readAllBytes()));
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                System.err.println("matcha: cannot load the frozen stdlib (" + tier + "): " + e.getMessage());
            }
        }
    }
}
