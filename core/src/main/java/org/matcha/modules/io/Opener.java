package org.matcha.modules.io;

import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/** open(): mode parsing and the FileIO / Buffered* / TextIOWrapper stack. CPython: _io_open_impl. */
final class Opener {
    private Opener() {}

    static PyObject open(PyObject file, PyObject modeArg, int bufferingArg, PyObject encoding, PyObject errors,
            PyObject newline, boolean closefd, PyObject opener) {
        boolean isNumber = file instanceof PyInt || file instanceof org.matcha.objects.PyFloat
                || (!(file instanceof PyStr) && !(file instanceof PyBytes)
                        && (file.type().lookup("__index__") != null || file.type().lookup("__int__") != null
                                || file.type().lookup("__float__") != null));
        PyObject pathOrFd = isNumber ? file : IoSupport.fspath(file);
        if (!(modeArg instanceof PyStr modeStr)) {
            throw Errors.typeError("open() argument 'mode' must be str, not " + modeArg.type().name);
        }
        if (encoding != PyNone.NONE && !(encoding instanceof PyStr)) {
            throw Errors.typeError("open() argument 'encoding' must be str or None, not " + encoding.type().name);
        }
        if (errors != PyNone.NONE && !(errors instanceof PyStr)) {
            throw Errors.typeError("open() argument 'errors' must be str or None, not " + errors.type().name);
        }
        if (newline != PyNone.NONE && !(newline instanceof PyStr)) {
            throw Errors.typeError("open() argument 'newline' must be str or None, not " + newline.type().name);
        }
        String mode = modeStr.toString();
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        StringBuilder rawMode = new StringBuilder();
        if (creating) {
            rawMode.append('x');
        }
        if (reading) {
            rawMode.append('r');
        }
        if (writing) {
            rawMode.append('w');
        }
        if (appending) {
            rawMode.append('a');
        }
        if (updating) {
            rawMode.append('+');
        }
        if (text && binary) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (newline != PyNone.NONE) {
            TextIOWrapper.validateNewline(newline.toString());
        }
        FileIO raw = (FileIO) FileIO.TYPE.factory.apply(FileIO.TYPE);
        raw.__init__(pathOrFd, PyStr.of(rawMode.toString()), closefd, opener);
        PyObject result = raw;
        try {
            int buffering = bufferingArg;
            boolean lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && raw.isatty())) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = IoSupport.DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    return result;
                }
                throw Errors.valueError("can't have unbuffered text I/O");
            }
            Buffered buffer;
            if (updating) {
                buffer = (Buffered) BufferedRandom.TYPE.factory.apply(BufferedRandom.TYPE);
                buffer.init(raw, PyInt.of(buffering), true, true, true);
            } else if (creating || writing || appending) {
                buffer = (Buffered) BufferedWriter.TYPE.factory.apply(BufferedWriter.TYPE);
                buffer.init(raw, PyInt.of(buffering), false, true, false);
            } else {
                buffer = (Buffered) BufferedReader.TYPE.factory.apply(BufferedReader.TYPE);
                buffer.init(raw, PyInt.of(buffering), true, false, false);
            }
            result = buffer;
            if (binary) {
                return result;
            }
            TextIOWrapper wrapper = (TextIOWrapper) TextIOWrapper.TYPE.factory.apply(TextIOWrapper.TYPE);
            wrapper.__init__(buffer, encoding, errors, newline, lineBuffering, false);
            result = wrapper;
            Abstract.setAttr(wrapper, "mode", modeArg);
            return result;
        } catch (PyException e) {
            try {
                IoSupport.callMethod(result, "close");
            } catch (PyException ignored) {
                // the first error is the one reported, as in CPython
            }
            throw e;
        }
    }
}
