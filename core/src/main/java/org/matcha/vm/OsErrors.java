package org.matcha.vm;

import org.matcha.objects.Abstract;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/**
 * Turns a {@link HostFileSystem.FsError} into the OSError subclass CPython raises for that errno,
 * with glibc's message. CPython: PyErr_SetFromErrnoWithFilenameObjects.
 */
public final class OsErrors {
    private OsErrors() {}

    /** glibc's strerror text (what os.strerror and OSError messages show on Linux). */
    public static String strerror(int errno) {
        return switch (errno) {
            case 0 -> "Success";
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 6 -> "No such device or address";
            case 7 -> "Argument list too long";
            case 8 -> "Exec format error";
            case 9 -> "Bad file descriptor";
            case 10 -> "No child processes";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 14 -> "Bad address";
            case 15 -> "Block device required";
            case 16 -> "Device or resource busy";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 19 -> "No such device";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 23 -> "Too many open files in system";
            case 24 -> "Too many open files";
            case 25 -> "Inappropriate ioctl for device";
            case 26 -> "Text file busy";
            case 27 -> "File too large";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 30 -> "Read-only file system";
            case 31 -> "Too many links";
            case 32 -> "Broken pipe";
            case 33 -> "Numerical argument out of domain";
            case 34 -> "Numerical result out of range";
            case 35 -> "Resource deadlock avoided";
            case 36 -> "File name too long";
            case 37 -> "No locks available";
            case 38 -> "Function not implemented";
            case 39 -> "Directory not empty";
            case 40 -> "Too many levels of symbolic links";
            case 95 -> "Operation not supported";
            case 110 -> "Connection timed out";
            case 111 -> "Connection refused";
            default -> "Unknown error " + errno;
        };
    }

    /** OSError(errno, strerror) without a file name. */
    public static PyException of(int errno) {
        return make(errno, null, null);
    }

    /** The error with the file system's own path strings as filename/filename2. */
    public static PyException of(HostFileSystem.FsError e) {
        return make(e.errno, e.path == null ? null : PyStr.of(e.path), e.path2 == null ? null : PyStr.of(e.path2));
    }

    /** The error naming the caller's filename objects (str, bytes or a path-like as given), either may be null. */
    public static PyException of(HostFileSystem.FsError e, PyObject filename, PyObject filename2) {
        return make(e.errno, filename, filename2);
    }

    public static PyException make(int errno, PyObject filename, PyObject filename2) {
        PyObject[] args;
        PyObject code = PyInt.of(errno);
        PyObject text = PyStr.of(strerror(errno));
        if (filename2 != null) {
            args = new PyObject[] {code, text, filename == null ? PyNone.NONE : filename, PyNone.NONE, filename2};
        } else if (filename != null) {
            args = new PyObject[] {code, text, filename};
        } else {
            args = new PyObject[] {code, text};
        }
        return new PyException((PyBaseException) Abstract.call(ExceptionTypes.OSError, args));
    }
}
