package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/**
 * The _thread module behind Lib/threading.py. WebAssembly gives Matcha one thread, so there is
 * exactly one: locks work as in a program whose other threads never run, and starting a thread
 * raises RuntimeError. A blocking acquire of a lock that is already held could only wait forever
 * (no other thread can release it); it raises RuntimeError instead of hanging the page.
 * CPython: Modules/_threadmodule.c.
 */
@PyModuleDef(name = "_thread")
public final class ThreadModule {
    private ThreadModule() {}

    /** get_ident() of the one thread. */
    static final long MAIN_THREAD_IDENT = 1;
    /** CPython: PY_TIMEOUT_MAX / 1e6 on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    public static void init(PyModule m) {
        m.add("LockType", Lock.TYPE);
        m.add("lock", Lock.TYPE);
        m.add("RLock", RLock.TYPE);
        m.add("_local", Local.TYPE);
        m.add("error", ExceptionTypes.RuntimeError);
        m.add("TIMEOUT_MAX", PyFloat.of(TIMEOUT_MAX));
    }

    @PyMethod
    public static PyObject allocate_lock() {
        return new Lock();
    }

    @PyMethod
    public static PyObject allocate() {
        return new Lock();
    }

    @PyMethod
    public static PyObject _set_sentinel() {
        return new Lock();
    }

    @PyMethod
    public static long get_ident() {
        return MAIN_THREAD_IDENT;
    }

    @PyMethod
    public static long get_native_id() {
        return MAIN_THREAD_IDENT;
    }

    @PyMethod
    public static long _count() {
        return 0;
    }

    @PyMethod(sig = "(function, args, kwargs=NULL, /)")
    public static PyObject start_new_thread(PyObject function, PyObject args, PyObject kwargs) {
        if (!Abstract.isCallable(function)) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        throw Errors.runtimeError("can't start new thread");
    }

    @PyMethod(sig = "(function, args, kwargs=NULL, /)")
    public static PyObject start_new(PyObject function, PyObject args, PyObject kwargs) {
        return start_new_thread(function, args, kwargs);
    }

    @PyMethod(sig = "(size=0, /)")
    public static long stack_size(long size) {
        if (size != 0 && size < 32768) {
            throw Errors.valueError("size not valid: " + size + " bytes");
        }
        return 0;
    }

    /**
     * Simulates the signal arriving in the main thread (this one): its Python handler runs at the
     * eval loop's next check, as after a real signal; nothing happens when Python does not handle it.
     * CPython: _thread_interrupt_main / PyErr_SetInterruptEx.
     */
    @PyMethod(sig = "(signum=2, /)")
    public static void interrupt_main(int signum) {
        if (signum < 1 || signum >= 65) {
            throw Errors.valueError("signal number out of range");
        }
        if (!org.matcha.modules.SignalModule.handledByPython(signum)) {
            return;
        }
        if (signum == 2) {
            org.matcha.vm.Interpreter.current().interruptRequested = true;
        } else {
            org.matcha.modules.SignalModule.raise_signal(signum);
        }
    }

    @PyMethod
    public static void exit() {
        throw new PyException(PyBaseException.create(ExceptionTypes.SystemExit));
    }

    @PyMethod
    public static boolean daemon_threads_allowed() {
        return true;
    }

    /** The timeout rules shared by lock.acquire and RLock.acquire. CPython: lock_acquire_parse_args. */
    static void checkAcquireArgs(boolean blocking, double timeout) {
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (timeout > TIMEOUT_MAX) {
            throw Errors.overflow("timeout value is too large");
        }
    }

    static PyException deadlock() {
        return Errors.runtimeError("deadlock: the lock is held and Matcha has no other thread to release it");
    }

    /** _thread.lock. */
    @PyClass(name = "_thread.lock")
    public static final class Lock extends PyObject {
        public static final PyType TYPE = PyType.builtin("_thread.lock", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
            TYPE.weakrefable = true;
        }

        private boolean locked;

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod(sig = "(blocking=True, timeout=-1)")
        public boolean acquire(boolean blocking, double timeout) {
            checkAcquireArgs(blocking, timeout);
            if (!locked) {
                locked = true;
                return true;
            }
            if (!blocking || timeout >= 0) {
                return false;
            }
            throw deadlock();
        }

        @PyMethod(sig = "(blocking=True, timeout=-1)")
        public boolean acquire_lock(boolean blocking, double timeout) {
            return acquire(blocking, timeout);
        }

        @PyMethod(sig = "(blocking=True, timeout=-1)")
        public boolean __enter__(boolean blocking, double timeout) {
            return acquire(blocking, timeout);
        }

        @PyMethod
        public void release() {
            if (!locked) {
                throw Errors.runtimeError("release unlocked lock");
            }
            locked = false;
        }

        @PyMethod
        public void release_lock() {
            release();
        }

        @PyMethod(sig = "(*args)")
        public void __exit__(PyObject[] args) {
            release();
        }

        @PyMethod
        public boolean locked() {
            return locked;
        }

        @PyMethod
        public boolean locked_lock() {
            return locked;
        }

        @PyMethod
        public void _at_fork_reinit() {
            locked = false;
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<" + (locked ? "locked" : "unlocked") + " _thread.lock object at " + Abstract.address(this)
                    + ">");
        }
    }

    /** _thread.RLock: a lock the owning thread may acquire again. CPython: rlockobject. */
    @PyClass(name = "_thread.RLock")
    public static final class RLock extends PyObject {
        public static final PyType TYPE = PyType.builtin("_thread.RLock", PyType.OBJECT, RLock::new);

        static {
            TYPE.weakrefable = true;
        }

        private final PyType type;
        private long count;
        private PyDict dict;

        RLock(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            if (dict == null && type.hasInstanceDict) {
                dict = new PyDict();
            }
            return dict;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
        public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
            return new RLock(cls);
        }

        @PyMethod(sig = "(blocking=True, timeout=-1)")
        public boolean acquire(boolean blocking, double timeout) {
            checkAcquireArgs(blocking, timeout);
            count++;
            return true;
        }

        @PyMethod(sig = "(blocking=True, timeout=-1)")
        public boolean __enter__(boolean blocking, double timeout) {
            return acquire(blocking, timeout);
        }

        @PyMethod
        public void release() {
            if (count == 0) {
                throw Errors.runtimeError("cannot release un-acquired lock");
            }
            count--;
        }

        @PyMethod(sig = "(*args)")
        public void __exit__(PyObject[] args) {
            release();
        }

        @PyMethod
        public boolean _is_owned() {
            return count > 0;
        }

        /** Releases fully, returning the state for _acquire_restore (Condition.wait uses it). */
        @PyMethod
        public PyObject _release_save() {
            if (count == 0) {
                throw Errors.runtimeError("cannot release un-acquired lock");
            }
            PyObject state = PyTuple.of(PyInt.of(count), PyInt.of(MAIN_THREAD_IDENT));
            count = 0;
            return state;
        }

        @PyMethod
        public void _acquire_restore(PyObject state) {
            PyObject[] parts = Abstract.toArray(state);
            if (parts.length != 2) {
                throw Errors.typeError("_acquire_restore() argument must be a 2-tuple");
            }
            count = Abstract.index(parts[0]).longValue();
        }

        @PyMethod
        public void _at_fork_reinit() {
            count = 0;
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<" + (count > 0 ? "locked" : "unlocked") + " " + type.fullName() + " object owner="
                    + (count > 0 ? MAIN_THREAD_IDENT : 0) + " count=" + count + " at " + Abstract.address(this) + ">");
        }
    }

    /** _thread._local: with one thread, an object with an ordinary __dict__. CPython: localobject. */
    @PyClass(name = "_thread._local")
    public static final class Local {
        public static final PyType TYPE = PyType.builtin("_thread._local", PyType.OBJECT, PyInstance::new);

        static {
            TYPE.hasInstanceDict = true;
            TYPE.weakrefable = true;
        }

        private Local() {}

        /** CPython: local_new, which refuses arguments unless __init__ is overridden. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
        public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
            boolean hasArgs = args.length > 0 || (kwargs != null && kwargs.size() > 0);
            if (hasArgs && cls.lookup("__init__") == PyType.OBJECT.dict().getItem("__init__")) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            return new PyInstance(cls);
        }
    }
}
