package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;
import org.matcha.vm.OsErrors;

/**
 * The _signal module behind Lib/signal.py, with Linux's signal numbers. No operating-system signal
 * reaches a Matcha program except SIGINT, which the host delivers as an interrupt (the playground's
 * Stop button); handlers are kept, raise_signal runs them, and the functions that need timers or
 * signal masks (alarm, setitimer, pthread_sigmask...) are absent, as on platforms without them, so
 * Lib's signal.py leaves them out. CPython: Modules/signalmodule.c.
 */
@PyModuleDef(name = "_signal")
public final class SignalModule {
    private SignalModule() {}

    static final int NSIG = 65;
    static final String NUMBERS = "SIGHUP=1 SIGINT=2 SIGQUIT=3 SIGILL=4 SIGTRAP=5 SIGABRT=6 SIGIOT=6 SIGBUS=7 SIGFPE=8 "
            + "SIGKILL=9 SIGUSR1=10 SIGSEGV=11 SIGUSR2=12 SIGPIPE=13 SIGALRM=14 SIGTERM=15 SIGSTKFLT=16 SIGCHLD=17 "
            + "SIGCLD=17 SIGCONT=18 SIGSTOP=19 SIGTSTP=20 SIGTTIN=21 SIGTTOU=22 SIGURG=23 SIGXCPU=24 SIGXFSZ=25 "
            + "SIGVTALRM=26 SIGPROF=27 SIGWINCH=28 SIGIO=29 SIGPOLL=29 SIGPWR=30 SIGSYS=31 SIGRTMIN=34 SIGRTMAX=64";
    /** strsignal texts of glibc, by number. */
    static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    public static void init(PyModule m) {
        for (String entry : NUMBERS.split(" ")) {
            int eq = entry.indexOf('=');
            m.add(entry.substring(0, eq), PyInt.of(Integer.parseInt(entry.substring(eq + 1))));
        }
        m.add("NSIG", PyInt.of(NSIG));
        m.add("SIG_DFL", PyInt.of(0));
        m.add("SIG_IGN", PyInt.of(1));
    }

    /** The handler of each signal: SIG_DFL (0) at first, default_int_handler for SIGINT. */
    static PyObject[] handlers() {
        return Interpreter.current().moduleState("_signal", () -> {
            PyObject[] h = new PyObject[NSIG];
            java.util.Arrays.fill(h, PyInt.of(0));
            PyModule mod = (PyModule) Interpreter.current().modules.getItem("_signal");
            h[2] = mod != null ? mod.dict.getItem("default_int_handler") : PyInt.of(0);
            return h;
        });
    }

    private static int checkSignal(long signalnum) {
        if (signalnum < 1 || signalnum >= NSIG) {
            throw Errors.valueError("signal number out of range");
        }
        return (int) signalnum;
    }

    /** CPython: signal_default_int_handler, raising KeyboardInterrupt. */
    @PyMethod(sig = "(signalnum, frame, /)")
    public static void default_int_handler(PyObject signalnum, PyObject frame) {
        throw new PyException(PyBaseException.create(ExceptionTypes.KeyboardInterrupt));
    }

    @PyMethod(sig = "(signalnum, handler, /)")
    public static PyObject signal(long signalnum, PyObject handler) {
        int sig = checkSignal(signalnum);
        boolean isConstant = handler instanceof PyInt i && (i.longValue() == 0 || i.longValue() == 1);
        if (!isConstant && !Abstract.isCallable(handler)) {
            throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (sig == 9 || sig == 19) {
            throw new PyException(PyBaseException.create(ExceptionTypes.OSError, PyInt.of(22),
                    PyStr.of("Invalid argument")));
        }
        PyObject[] h = handlers();
        PyObject old = h[sig];
        h[sig] = handler;
        return old;
    }

    @PyMethod(sig = "(signalnum, /)")
    public static PyObject getsignal(long signalnum) {
        return handlers()[checkSignal(signalnum)];
    }

    /**
     * A SIGINT that arrived (the host's stop request, or _thread.interrupt_main) runs its Python
     * handler at the next check of the eval loop: default_int_handler raises KeyboardInterrupt, a
     * function installed with signal.signal (asyncio.run's) is called, SIG_IGN drops it. Under SIG_DFL
     * the process would end; Matcha raises KeyboardInterrupt instead. CPython: _PyErr_CheckSignals.
     */
    public static void deliverSigint(PyObject frame) {
        deliver(2, frame);
    }

    /** Whether Python handles the signal (a callable handler, not SIG_DFL or SIG_IGN). */
    public static boolean handledByPython(int signum) {
        return signum >= 1 && signum < NSIG && !(handlers()[signum] instanceof PyInt);
    }

    /** Runs the Python handler now, as if the signal had arrived. */
    @PyMethod(sig = "(signalnum, /)")
    public static void raise_signal(long signalnum) {
        if (signalnum < 0 || signalnum >= NSIG || signalnum == 32 || signalnum == 33) {
            throw OsErrors.of(22);              // glibc's raise() rejects these with EINVAL
        }
        if (signalnum != 0) {
            deliver((int) signalnum, null);
        }
    }

    /** Signals whose default action is to do nothing (signal(7)). */
    private static boolean ignoredByDefault(int sig) {
        return sig == 17 || sig == 18 || sig == 23 || sig == 28;
    }

    /**
     * A signal sent to this process (raise_signal, os.kill of our own pid): its Python handler runs at
     * once, as CPython's does when os_kill_impl and signal_raise_signal_impl call PyErr_CheckSignals.
     * Under SIG_DFL, SIGINT raises KeyboardInterrupt (see deliverSigint), signals ignored by default
     * do nothing, and the others end the program with the shell's status 128 + signum (the host
     * cannot be killed, so this is SystemExit, which still runs finally blocks).
     */
    public static void deliver(int sig, PyObject frame) {
        PyObject handler = handlers()[sig];
        if (!(handler instanceof PyInt i)) {
            Abstract.call(handler, PyInt.of(sig), frame == null ? PyNone.NONE : frame);
        } else if (i.longValue() == 1 || ignoredByDefault(sig) || (sig >= 19 && sig <= 22)) {
            return;
        } else if (sig == 2) {
            throw new PyException(PyBaseException.create(ExceptionTypes.KeyboardInterrupt));
        } else {
            throw new PyException((PyBaseException) Abstract.call(ExceptionTypes.SystemExit, PyInt.of(128 + sig)));
        }
    }

    /** os.kill's check of the signal number. */
    static int checkKillSignal(long signalnum) {
        if (signalnum < 0 || signalnum >= NSIG) {
            throw OsErrors.of(22);
        }
        return (int) signalnum;
    }

    @PyMethod(sig = "(signalnum, /)")
    public static PyObject strsignal(long signalnum) {
        int sig = checkSignal(signalnum);
        if (sig < DESCRIPTIONS.length) {
            return PyStr.of(DESCRIPTIONS[sig]);
        }
        return sig >= 34 ? PyStr.of("Real-time signal " + (sig - 34)) : PyNone.NONE;
    }

    @PyMethod
    public static PyObject valid_signals() {
        PySet s = PySet.newSet();
        for (int i = 1; i < NSIG; i++) {
            if (i != 32 && i != 33) {
                s.add(PyInt.of(i));
            }
        }
        return s;
    }

    @PyMethod(sig = "(fd, /, *, warn_on_full_buffer=True)")
    public static long set_wakeup_fd(long fd, boolean warnOnFullBuffer) {
        return -1;
    }

    @PyMethod(sig = "(signalnum, flag, /)")
    public static void siginterrupt(long signalnum, boolean flag) {
        checkSignal(signalnum);
    }
}
