package org.matcha.vm;

import java.nio.charset.StandardCharsets;

/**
 * The host-independent part of the {@code python3} command line, shared by the JVM runner and the
 * WASI build: {@code [-c CMD | -m MODULE | FILE | -] [ARGS]}, a REPL when standard input is a
 * terminal, exit status 0, 1 (uncaught exception) or 2 (bad usage). CPython: Modules/main.c
 * (pymain_run_python and its pymain_run_command/module/file/stdin helpers).
 */
public final class CommandLine {
    /** What only the embedding program knows. */
    public interface Console {
        /** isatty(0): no arguments and a terminal give the REPL, otherwise stdin is read as a script. */
        boolean stdinIsTerminal();

        /** All of standard input, as bytes (the script for {@code -} or no arguments). */
        byte[] readAllStdin();

        /** The first line of the REPL's banner ("Python 3.11.7 (Matcha 0.1.0) on ..."). */
        String bannerLine();
    }

    private final Host host;
    private final Console console;

    public CommandLine(Host host, Console console) {
        this.host = host;
        this.console = console;
    }

    /** Runs the command line (without the program name) and returns the exit status. */
    public int run(String[] args) {
        if (args.length >= 2 && args[0].equals("-c")) {
            PythonRunner runner = newRunner();
            runner.setArgv(argvAfter(args, "-c"), "");
            return runner.runSource(args[1].getBytes(StandardCharsets.UTF_8), "<string>");
        }
        if (args.length >= 2 && args[0].equals("-m")) {
            return runModule(args);
        }
        if (args.length == 0 && console.stdinIsTerminal() || args.length == 1 && args[0].equals("-i")) {
            PythonRunner runner = newRunner();
            runner.setArgv(new String[] {""}, "");
            return runner.repl(console.bannerLine()
                    + "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        if (args.length == 0 || args[0].equals("-")) {
            PythonRunner runner = newRunner();
            String[] argv = args.length == 0 ? new String[] {""} : args.clone();
            runner.setArgv(argv, "");
            return runner.runSource(console.readAllStdin(), "<stdin>");
        }
        if (args[0].startsWith("-")) {
            host.writeStderr("usage: matcha [-c cmd | -m mod | file | -] [arg] ...\n");
            return 2;
        }
        String file = args[0];
        String cwd = host.fileSystem().getcwd();
        String absolute = file.startsWith("/") ? file : (cwd.endsWith("/") ? cwd : cwd + "/") + file;
        byte[] source = host.fileSystem().readAll(file);
        if (source == null) {
            host.writeStderr("matcha: can't open file '" + absolute + "': [Errno 2] No such file or directory\n");
            return 2;
        }
        PythonRunner runner = newRunner();
        runner.setArgv(args, absolute.substring(0, Math.max(1, absolute.lastIndexOf('/'))));
        return runner.runSource(source, absolute);
    }

    /** sys.argv for -c and -m: the option itself, then the arguments after its operand. */
    private static String[] argvAfter(String[] args, String option) {
        String[] argv = new String[args.length - 1];
        argv[0] = option;
        System.arraycopy(args, 2, argv, 1, args.length - 2);
        return argv;
    }

    private PythonRunner newRunner() {
        PythonRunner runner = new PythonRunner(host);
        // MATCHAPATH, like PYTHONPATH: extra sys.path directories separated by ':'
        String env = host.environment().get("MATCHAPATH");
        if (env != null) {
            for (String dir : env.split(":")) {
                if (!dir.isEmpty()) {
                    runner.extraPath.add(dir);
                }
            }
        }
        return runner;
    }

    /**
     * {@code -m MODULE}: runpy._run_module_as_main finds the module on sys.path (the current folder
     * first) and runs it as __main__, as CPython's pymain_run_module does. Without a stdlib (core's own
     * jar) a MODULE.py or MODULE/__main__.py in the current folder still runs.
     */
    private int runModule(String[] args) {
        String cwd = host.fileSystem().getcwd();
        String[] argv = argvAfter(args, "-m");
        PythonRunner runner = newRunner();
        runner.setArgv(argv, cwd);
        if (runner.canImport("runpy")) {
            String bootstrap = "import runpy as _runpy\n_runpy._run_module_as_main(" + pyStringLiteral(args[1]) + ")\n";
            return runner.runSource(bootstrap.getBytes(StandardCharsets.UTF_8), "<frozen runpy>");
        }
        String rel = cwd + "/" + args[1].replace('.', '/');
        String file = rel + ".py";
        if (!host.fileSystem().isFile(file)) {
            file = rel + "/__main__.py";
            if (!host.fileSystem().isFile(file)) {
                host.writeStderr("matcha: No module named " + args[1] + "\n");
                return 1;
            }
        }
        byte[] source = host.fileSystem().readAll(file);
        if (source == null) {
            return 1;
        }
        argv[0] = file;
        runner.setArgv(argv, cwd);
        return runner.runSource(source, file);
    }

    /** A Python string literal for a module name (quotes and backslashes escaped). */
    private static String pyStringLiteral(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
