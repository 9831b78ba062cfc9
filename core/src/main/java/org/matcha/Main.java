package org.matcha;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matcha.bytecode.Disassembler;
import org.matcha.vm.PythonRunner;

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

    /** {@code -m MODULE [ARGS]}: runs MODULE.py (or PACKAGE/__main__.py) from the current folder as __main__. */
    /**
     * {@code -m MODULE}: runpy._run_module_as_main finds the module on sys.path (the current folder
     * first) and runs it as __main__, as CPython's pymain_run_module does. Without a stdlib (core's own
     * jar) a MODULE.py or MODULE/__main__.py in the current folder still runs.
     */
    private static int runModule(JvmHost host, String[] args) {
        String cwd = System.getProperty("user.dir");
        String[] argv = new String[args.length - 1];
        argv[0] = "-m";
        System.arraycopy(args, 2, argv, 1, args.length - 2);
        PythonRunner runner = new PythonRunner(host);
        addEnvironmentPath(runner);
        runner.setArgv(argv, cwd);
        if (runner.canImport("runpy")) {
            String bootstrap = "import runpy as _runpy\n_runpy._run_module_as_main(" + pyStringLiteral(args[1]) + ")\n";
            return runner.runSource(bootstrap.getBytes(java.nio.charset.StandardCharsets.UTF_8), "<frozen runpy>");
        }
        String rel = args[1].replace('.', '/');
        Path file = Path.of(cwd, rel + ".py");
        if (!Files.isRegularFile(file)) {
            file = Path.of(cwd, rel, "__main__.py");
            if (!Files.isRegularFile(file)) {
                System.err.println("matcha: No module named " + args[1]);
                return 1;
            }
        }
        argv[0] = file.toString();
        runner.setArgv(argv, cwd);
        try {
            return runner.runSource(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            return 1;
        }
    }

    /** A Python string literal for a module name (quotes and backslashes escaped). */
    private static String pyStringLiteral(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
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
        if (args.length >= 2 && args[0].equals("-c")) {
            PythonRunner runner = new PythonRunner(host);
            addEnvironmentPath(runner);
            String[] argv = new String[args.length - 1];
            argv[0] = "-c";
            System.arraycopy(args, 2, argv, 1, args.length - 2);
            runner.setArgv(argv, "");
            return runner.runSource(args[1].getBytes(java.nio.charset.StandardCharsets.UTF_8), "<string>");
        }
        if (args.length >= 2 && args[0].equals("-m")) {
            return runModule(host, args);
        }
        if (args.length == 0 && System.console() != null) {
            PythonRunner runner = new PythonRunner(host);
            addEnvironmentPath(runner);
            runner.setArgv(new String[] {""}, "");
            return runner.repl("Python 3.11.7 (Matcha 0.1.0) on the JVM\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        if (args.length == 0 || args[0].equals("-")) {
            PythonRunner runner = new PythonRunner(host);
            addEnvironmentPath(runner);
            runner.setArgv(new String[] {args.length == 0 ? "" : "-"}, "");
            byte[] source;
            try {
                source = System.in.readAllBytes();
            } catch (IOException e) {
                return 1;
            }
            return runner.runSource(source, "<stdin>");
        }
        if (args[0].startsWith("-")) {
            System.err.println("usage: matcha [-c cmd | -m mod | file | -] [arg] ...");
            return 2;
        }
        String file = args[0];
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            String abs = Path.of(file).toAbsolutePath().toString();
            System.err.println("matcha: can't open file '" + abs + "': [Errno 2] No such file or directory");
            return 2;
        }
        String absolute = file.startsWith("/") ? file : System.getProperty("user.dir") + "/" + file;
        PythonRunner runner = new PythonRunner(host);
        addEnvironmentPath(runner);
        runner.setArgv(args, absolute.substring(0, Math.max(1, absolute.lastIndexOf('/'))));
        return runner.runSource(source, absolute);
    }

    /** MATCHAPATH, like PYTHONPATH: extra sys.path directories separated by ':'. */
    private static void addEnvironmentPath(PythonRunner runner) {
        String env = System.getenv("MATCHAPATH");
        if (env != null) {
            for (String dir : env.split(":")) {
                if (!dir.isEmpty()) {
                    runner.extraPath.add(dir);
                }
            }
        }
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
