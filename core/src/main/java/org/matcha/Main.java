package org.matcha;

/** Command-line entry point: {@code java -jar matcha.jar [--dump-ast FILE...]}. */
public final class Main {
    private Main() {}

    /** Deeply nested (but legal) source recurses deeply: give the work a large stack. */
    private static final long STACK_BYTES = 256L << 20;

    public static void main(String[] args) throws InterruptedException {
        int[] status = {1};
        Thread worker = new Thread(null, () -> status[0] = run(args), "matcha-main", STACK_BYTES);
        worker.start();
        worker.join();
        System.exit(status[0]);
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
