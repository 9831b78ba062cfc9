package org.matcha;

/** Command-line entry point: {@code java -jar matcha.jar [--dump-ast FILE...]}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length >= 1 && args[0].equals("--dump-ast")) {
            int status = 0;
            for (int i = 1; i < args.length; i++) {
                status |= DumpAst.dumpFile(args[i], System.out);
            }
            return status;
        }
        System.err.println("usage: matcha --dump-ast FILE...");
        return 2;
    }
}
