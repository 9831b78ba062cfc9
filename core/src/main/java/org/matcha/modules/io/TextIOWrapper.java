package org.matcha.modules.io;

import java.math.BigInteger;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/**
 * _io.TextIOWrapper: str over a buffered byte stream, with an encoding, newline translation,
 * line buffering and CPython's opaque tell() cookies. Writes are passed to the buffer at once
 * (nothing is kept pending: Matcha cannot flush a forgotten file when it dies).
 * CPython: Modules/_io/textio.c (the algorithms follow Lib/_pyio.py's TextIOWrapper).
 */
@PyClass(name = "_io.TextIOWrapper")
public class TextIOWrapper extends TextIOBase {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", TextIOBase.TYPE, TextIOWrapper::new);

    PyObject buffer;
    private boolean initialized;
    private boolean detached;
    String encoding;
    String errors;
    private TextCodec codec;
    private boolean readUniversal;
    private boolean readTranslate;
    private String readnl;
    private boolean writeTranslate;
    private String writenl;
    private boolean lineBuffering;
    private boolean writeThrough;
    private IncrementalNewlineDecoder newlineDecoder;
    private boolean seekable;
    private boolean telling;
    private boolean hasRead1;
    private int chunkSize = 8192;
    /** The current decoded chunk, as code points, and how many of them were returned. */
    private int[] decoded = new int[0];
    private int decodedUsed;
    /** (decoder flags, bytes fed since then) at the start of the current chunk; null when unknown. */
    private long snapshotFlags;
    private byte[] snapshotInput;

    protected TextIOWrapper(PyType type) {
        super(type);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    private static String optionalStr(PyObject o, String what) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("TextIOWrapper() argument '" + what + "' must be str or None, not " + o.type().name);
        }
        String v = s.toString();
        if (v.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        return v;
    }

    static void validateNewline(String nl) {
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + nl);
        }
    }

    /** CPython: _io_TextIOWrapper___init___impl. */
    @PyMethod(sig = "(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)")
    public void __init__(PyObject bufferArg, PyObject encodingArg, PyObject errorsArg, PyObject newlineArg,
            boolean lineBufferingArg, boolean writeThroughArg) {
        initialized = false;
        detached = false;
        String enc = optionalStr(encodingArg, "encoding");
        String errs = optionalStr(errorsArg, "errors");
        if (newlineArg != PyNone.NONE && !(newlineArg instanceof PyStr)) {
            throw Errors.typeError("TextIOWrapper() argument 'newline' must be str or None, not "
                    + newlineArg.type().name);
        }
        String nl = newlineArg == PyNone.NONE ? null : newlineArg.toString();
        if (nl != null && nl.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        validateNewline(nl);
        if (enc == null || enc.equals("locale")) {
            enc = "UTF-8";
        }
        if (errs == null) {
            errs = "strict";
        }
        codec = TextCodec.forEncoding(enc, errs);
        encoding = enc;
        errors = errs;
        buffer = bufferArg;
        chunkSize = 8192;
        setNewline(nl);
        lineBuffering = lineBufferingArg;
        writeThrough = writeThroughArg;
        seekable = Abstract.isTrue(IoSupport.callMethod(buffer, "seekable"));
        telling = seekable;
        hasRead1 = Abstract.hasAttr(buffer, "read1");
        clearDecoded();
        initialized = true;
    }

    private void setNewline(String nl) {
        readUniversal = nl == null || nl.isEmpty();
        readTranslate = nl == null;
        readnl = nl;
        writeTranslate = nl == null || !nl.isEmpty();
        writenl = !readUniversal && nl != null && !nl.equals("\n") ? nl : null;
        newlineDecoder = readUniversal ? IncrementalNewlineDecoder.create(PyNone.NONE, readTranslate) : null;
    }

    private void clearDecoded() {
        decoded = new int[0];
        decodedUsed = 0;
        snapshotInput = null;
        snapshotFlags = 0;
    }

    // ---- checks ----

    void checkAttached() {
        if (!initialized) {
            if (detached) {
                throw Errors.valueError("underlying buffer has been detached");
            }
            throw Errors.valueError("I/O operation on uninitialized object");
        }
    }

    private boolean bufferClosed() {
        return Abstract.isTrue(Abstract.getAttr(buffer, "closed"));
    }

    void checkClosedText() {
        checkAttached();
        if (bufferClosed()) {
            throw IoSupport.closedFile();
        }
    }

    // ---- decoding with newline handling ----

    private String decodeChunk(byte[] input, boolean isFinal) {
        String text = codec.decode(input, isFinal);
        if (newlineDecoder != null) {
            text = newlineDecoder.translateText(text, isFinal);
        }
        return text;
    }

    /** (pending bytes, flags) of the whole decoder chain. */
    private PyTuple decoderState() {
        PyTuple s = codec.getState();
        if (newlineDecoder == null) {
            return s;
        }
        long flags = IoSupport.asLong(s.items[1]) << 1;
        if (newlineDecoder.pendingCR) {
            flags |= 1;
        }
        return PyTuple.of(s.items[0], PyInt.of(flags));
    }

    private void setDecoderState(byte[] pending, long flags) {
        if (newlineDecoder != null) {
            newlineDecoder.pendingCR = (flags & 1) != 0;
            codec.setState(PyTuple.of(new PyBytes(pending), PyInt.of(flags >> 1)));
        } else {
            codec.setState(PyTuple.of(new PyBytes(pending), PyInt.of(flags)));
        }
    }

    private void resetDecoder() {
        codec.reset();
        if (newlineDecoder != null) {
            newlineDecoder.pendingCR = false;
            newlineDecoder.seennl = 0;
        }
    }

    /** Reads and decodes the next chunk; false at end of file. CPython: textiowrapper_read_chunk. */
    private boolean readChunk(long sizeHint) {
        PyTuple state = null;
        if (telling) {
            state = decoderState();
        }
        int size = chunkSize;
        if (sizeHint > 0) {
            size = (int) Math.max(size, Math.min(sizeHint, Integer.MAX_VALUE - 8));
        }
        PyObject chunk = IoSupport.callMethod(buffer, hasRead1 ? "read1" : "read", PyInt.of(size));
        if (chunk == PyNone.NONE) {
            chunk = new PyBytes(new byte[0]);
        }
        if (!(chunk instanceof PyBytes) && !(chunk instanceof org.matcha.objects.BufferExporter)) {
            throw Errors.typeError("underlying " + (hasRead1 ? "read1" : "read")
                    + "() should have returned a bytes-like object, not '" + chunk.type().name + "'");
        }
        byte[] input = IoSupport.bytesLike(chunk);
        boolean eof = input.length == 0;
        String text = decodeChunk(input, eof);
        decoded = PyStr.of(text).codePoints();
        decodedUsed = 0;
        if (state != null) {
            byte[] before = IoSupport.bytesLike(state.items[0]);
            byte[] next = new byte[before.length + input.length];
            System.arraycopy(before, 0, next, 0, before.length);
            System.arraycopy(input, 0, next, before.length, input.length);
            snapshotFlags = IoSupport.asLong(state.items[1]);
            snapshotInput = next;
        }
        return !eof;
    }

    private int decodedAvailable() {
        return decoded.length - decodedUsed;
    }

    // ---- reading ----

    /** CPython: _io_TextIOWrapper_read_impl. */
    @PyMethod(sig = "(size=-1, /)")
    public PyObject read(PyObject sizeArg) {
        checkAttached();
        long n = IoSupport.optionalSize(sizeArg);
        checkClosedText();
        if (!Abstract.isTrue(IoSupport.callMethod(buffer, "readable"))) {
            throw IoSupport.unsupported("not readable");
        }
        if (n < 0) {
            PyObject all = IoSupport.callMethod(buffer, "read");
            byte[] input = all == PyNone.NONE ? new byte[0] : IoSupport.bytesLike(all);
            StringBuilder sb = new StringBuilder();
            appendCodePoints(sb, decoded, decodedUsed, decoded.length);
            sb.append(decodeChunk(input, true));
            clearDecoded();
            return PyStr.of(sb.toString());
        }
        StringBuilder sb = new StringBuilder();
        long remaining = n;
        while (remaining > 0) {
            if (decodedAvailable() == 0 && !readChunk(remaining)) {
                if (decodedAvailable() == 0) {
                    break;
                }
            }
            int take = (int) Math.min(remaining, decodedAvailable());
            appendCodePoints(sb, decoded, decodedUsed, decodedUsed + take);
            decodedUsed += take;
            remaining -= take;
        }
        return PyStr.of(sb.toString());
    }

    private static void appendCodePoints(StringBuilder sb, int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            sb.appendCodePoint(cps[i]);
        }
    }

    /** CPython: _textiowrapper_readline with _PyIO_find_line_ending. */
    @PyMethod(sig = "(size=-1, /)")
    public PyObject readline(PyObject sizeArg) {
        checkAttached();
        long limit = IoSupport.optionalSize(sizeArg);
        checkClosedText();
        return PyStr.of(readLineText(limit));
    }

    private String readLineText(long limit) {
        StringBuilder line = new StringBuilder();
        long count = 0;
        boolean pendingCR = false;
        while (true) {
            if (decodedAvailable() == 0) {
                boolean more = readChunk(0);
                if (decodedAvailable() == 0 && !more) {
                    break;
                }
                if (decodedAvailable() == 0) {
                    continue;
                }
            }
            if (pendingCR) {
                if (decoded[decodedUsed] == '\n' && (readnl == null || readnl.isEmpty() || readnl.equals("\r\n"))) {
                    line.append('\n');
                    decodedUsed++;
                    return line.toString();
                }
                if (readnl == null || readnl.isEmpty()) {
                    return line.toString();
                }
                pendingCR = false;
            }
            int i = decodedUsed;
            int stop = decoded.length;
            if (limit >= 0) {
                stop = (int) Math.min(stop, decodedUsed + (limit - count));
            }
            int end = -1;
            while (i < stop) {
                int c = decoded[i++];
                if (readTranslate) {
                    if (c == '\n') {
                        end = i;
                        break;
                    }
                } else if (readUniversal) {
                    if (c == '\n') {
                        end = i;
                        break;
                    }
                    if (c == '\r') {
                        if (i < decoded.length) {
                            end = decoded[i] == '\n' && i < stop ? i + 1 : i;
                            break;
                        }
                        pendingCR = true;
                        break;
                    }
                } else if (readnl.length() == 1) {
                    if (c == readnl.charAt(0)) {
                        end = i;
                        break;
                    }
                } else if (c == '\r') {
                    if (i < decoded.length) {
                        if (decoded[i] == '\n' && i < stop) {
                            end = i + 1;
                            break;
                        }
                    } else {
                        pendingCR = true;
                        break;
                    }
                }
            }
            if (end >= 0) {
                appendCodePoints(line, decoded, decodedUsed, end);
                decodedUsed = end;
                return line.toString();
            }
            int upto = pendingCR ? i : stop;
            appendCodePoints(line, decoded, decodedUsed, upto);
            count += upto - decodedUsed;
            decodedUsed = upto;
            if (limit >= 0 && count >= limit) {
                return line.toString();
            }
        }
        return line.toString();
    }

    @PyMethod
    public PyObject __next__() {
        checkAttached();
        telling = false;
        PyObject line;
        if (type() == TYPE) {
            checkClosedText();
            line = PyStr.of(readLineText(-1));
        } else {
            line = IoSupport.callMethod(this, "readline");
            if (!(line instanceof PyStr)) {
                throw Errors.of(ExceptionTypes.OSError,
                        "readline() should have returned a str object, not '" + line.type().name + "'");
            }
        }
        if (((PyStr) line).length() == 0) {
            clearSnapshotOnly();
            telling = seekable;
            throw Errors.stopIteration(null);
        }
        return line;
    }

    private void clearSnapshotOnly() {
        snapshotInput = null;
    }

    // ---- writing ----

    /** CPython: _io_TextIOWrapper_write_impl. */
    @PyMethod(sig = "(text, /)")
    public PyObject write(PyObject textArg) {
        checkAttached();
        if (!(textArg instanceof PyStr text)) {
            throw Errors.typeError("write() argument must be str, not " + textArg.type().name);
        }
        checkClosedText();
        if (!Abstract.isTrue(IoSupport.callMethod(buffer, "writable"))) {
            throw IoSupport.unsupported("not writable");
        }
        String s = text.toString();
        boolean hasLf = s.indexOf('\n') >= 0;
        if (hasLf && writeTranslate && writenl != null) {
            s = s.replace("\n", writenl);
        }
        boolean needFlush = lineBuffering && (hasLf || s.indexOf('\r') >= 0);
        PyStr encodedText = s.equals(text.toString()) ? text : PyStr.of(s);
        byte[] bytes = codec.encode(encodedText);
        IoSupport.callMethod(buffer, "write", new PyBytes(bytes));
        if (needFlush || writeThrough) {
            IoSupport.callMethod(buffer, "flush");
        }
        if (snapshotInput != null || decodedAvailable() > 0 || decoded.length > 0) {
            clearDecoded();
            resetDecoder();
        }
        return PyInt.of(text.length());
    }

    @PyMethod
    public PyObject flush() {
        checkAttached();
        checkClosedText();
        telling = seekable;
        return IoSupport.callMethod(buffer, "flush");
    }

    /** CPython: _io_TextIOWrapper_close_impl. */
    @PyMethod
    public PyObject close() {
        checkAttached();
        if (bufferClosed()) {
            return PyNone.NONE;
        }
        PyException first = null;
        try {
            IoSupport.callMethod(this, "flush");
        } catch (PyException e) {
            first = e;
        }
        try {
            IoSupport.callMethod(buffer, "close");
        } catch (PyException e) {
            if (first != null) {
                e.value.context = first.value;
            }
            first = e;
        }
        if (first != null) {
            throw first;
        }
        return PyNone.NONE;
    }

    @PyMethod
    public PyObject detach() {
        checkAttached();
        IoSupport.callMethod(this, "flush");
        PyObject b = buffer;
        buffer = null;
        initialized = false;
        detached = true;
        return b;
    }

    // ---- positioning ----

    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** position | flags<<64 | bytesToFeed<<128 | charsToSkip<<192 | needEof<<256. CPython: textiowrapper_build_cookie. */
    private static PyObject packCookie(long position, long flags, long bytesToFeed, boolean needEof, long charsToSkip) {
        if (flags == 0 && bytesToFeed == 0 && !needEof && charsToSkip == 0) {
            return PyInt.of(position);
        }
        BigInteger c = BigInteger.valueOf(position)
                .or(BigInteger.valueOf(flags).shiftLeft(64))
                .or(BigInteger.valueOf(bytesToFeed).shiftLeft(128))
                .or(BigInteger.valueOf(charsToSkip).shiftLeft(192));
        if (needEof) {
            c = c.or(BigInteger.ONE.shiftLeft(256));
        }
        return PyInt.of(c);
    }

    /** CPython: _io_TextIOWrapper_tell_impl (the reconstruction of _pyio). */
    @PyMethod
    public PyObject tell() {
        checkAttached();
        checkClosedText();
        if (!seekable) {
            throw IoSupport.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw Errors.of(ExceptionTypes.OSError, "telling position disabled by next() call");
        }
        IoSupport.callMethod(this, "flush");
        long position = IoSupport.asLong(IoSupport.callMethod(buffer, "tell"));
        if (snapshotInput == null) {
            return PyInt.of(position);
        }
        long flags = snapshotFlags;
        byte[] next = snapshotInput;
        position -= next.length;
        long charsToSkip = decodedUsed;
        if (charsToSkip == 0) {
            return packCookie(position, flags, 0, false, 0);
        }
        PyTuple saved = decoderState();
        int savedSeen = newlineDecoder == null ? 0 : newlineDecoder.seennl;
        try {
            setDecoderState(new byte[0], flags);
            long startPos = position;
            long startFlags = flags;
            int bytesFed = 0;
            long charsDecoded = 0;
            boolean needEof = false;
            boolean done = false;
            for (int i = 0; i < next.length; i++) {
                bytesFed++;
                charsDecoded += PyStr.of(decodeChunk(new byte[] {next[i]}, false)).length();
                PyTuple st = decoderState();
                byte[] decBuffer = IoSupport.bytesLike(st.items[0]);
                long decFlags = IoSupport.asLong(st.items[1]);
                if (decBuffer.length == 0 && charsDecoded <= charsToSkip) {
                    startPos += bytesFed;
                    charsToSkip -= charsDecoded;
                    startFlags = decFlags;
                    bytesFed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) {
                    done = true;
                    break;
                }
            }
            if (!done) {
                charsDecoded += PyStr.of(decodeChunk(new byte[0], true)).length();
                needEof = true;
                if (charsDecoded < charsToSkip) {
                    throw Errors.of(ExceptionTypes.OSError, "can't reconstruct logical file position");
                }
            }
            return packCookie(startPos, startFlags, bytesFed, needEof, charsToSkip);
        } finally {
            setDecoderState(IoSupport.bytesLike(saved.items[0]), IoSupport.asLong(saved.items[1]));
            if (newlineDecoder != null) {
                newlineDecoder.seennl = savedSeen;
            }
        }
    }

    /** CPython: _io_TextIOWrapper_seek_impl. */
    @PyMethod(sig = "(cookie, whence=0, /)")
    public PyObject seek(PyObject cookieArg, int whence) {
        checkAttached();
        checkClosedText();
        if (!seekable) {
            throw IoSupport.unsupported("underlying stream is not seekable");
        }
        PyObject cookieObj = cookieArg;
        switch (whence) {
            case 1 -> {
                if (Abstract.isTrue(Abstract.richCompare(cookieObj, PyInt.of(0), "!="))) {
                    throw IoSupport.unsupported("can't do nonzero cur-relative seeks");
                }
                cookieObj = IoSupport.callMethod(this, "tell");
            }
            case 2 -> {
                if (Abstract.isTrue(Abstract.richCompare(cookieObj, PyInt.of(0), "!="))) {
                    throw IoSupport.unsupported("can't do nonzero end-relative seeks");
                }
                IoSupport.callMethod(this, "flush");
                clearDecoded();
                resetDecoder();
                return IoSupport.callMethod(buffer, "seek", PyInt.of(0), PyInt.of(2));
            }
            case 0 -> { }
            default -> throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        PyInt cookie = Abstract.index(cookieObj);
        BigInteger c = cookie.big != null ? cookie.big : BigInteger.valueOf(cookie.value);
        if (c.signum() < 0) {
            throw Errors.valueError("negative seek position " + Abstract.reprString(cookieObj));
        }
        IoSupport.callMethod(this, "flush");
        long startPos = c.and(MASK64).longValue();
        long flags = c.shiftRight(64).and(MASK64).longValue();
        long bytesToFeed = c.shiftRight(128).and(MASK64).longValue();
        long charsToSkip = c.shiftRight(192).and(MASK64).longValue();
        boolean needEof = c.testBit(256);
        IoSupport.callMethod(buffer, "seek", PyInt.of(startPos));
        clearDecoded();
        if (c.signum() == 0) {
            resetDecoder();
        } else {
            setDecoderState(new byte[0], flags);
        }
        snapshotFlags = flags;
        snapshotInput = new byte[0];
        if (charsToSkip > 0) {
            byte[] input = IoSupport.bytesLike(IoSupport.callMethod(buffer, "read", PyInt.of(bytesToFeed)));
            decoded = PyStr.of(decodeChunk(input, needEof)).codePoints();
            snapshotInput = input;
            if (decoded.length < charsToSkip) {
                throw Errors.of(ExceptionTypes.OSError, "can't restore logical file position");
            }
            decodedUsed = (int) charsToSkip;
        }
        return cookieObj;
    }

    @PyMethod(sig = "(pos=None, /)")
    public PyObject truncate(PyObject pos) {
        checkAttached();
        IoSupport.callMethod(this, "flush");
        PyObject target = pos == PyNone.NONE ? IoSupport.callMethod(this, "tell") : pos;
        return IoSupport.callMethod(buffer, "truncate", target);
    }

    // ---- delegation and attributes ----

    @PyMethod
    public PyObject fileno() {
        checkAttached();
        return IoSupport.callMethod(buffer, "fileno");
    }

    @PyMethod(name = "seekable")
    public PyObject seekableDelegated() {
        checkAttached();
        checkClosedText();
        return IoSupport.callMethod(buffer, "seekable");
    }

    @PyMethod(name = "readable")
    public PyObject readableDelegated() {
        checkAttached();
        return IoSupport.callMethod(buffer, "readable");
    }

    @PyMethod(name = "writable")
    public PyObject writableDelegated() {
        checkAttached();
        return IoSupport.callMethod(buffer, "writable");
    }

    @PyMethod(name = "isatty")
    public PyObject isattyDelegated() {
        checkAttached();
        return IoSupport.callMethod(buffer, "isatty");
    }

    @PyGetter
    public PyObject closed() {
        checkAttached();
        return Abstract.getAttr(buffer, "closed");
    }

    @PyGetter
    public PyObject name() {
        checkAttached();
        return Abstract.getAttr(buffer, "name");
    }

    @PyGetter
    public PyObject encoding() {
        return PyStr.of(encoding);
    }

    @PyGetter
    public PyObject errors() {
        return PyStr.of(errors);
    }

    @PyGetter(name = "buffer")
    public PyObject bufferAttr() {
        checkAttached();
        return buffer;
    }

    @PyGetter
    public PyObject line_buffering() {
        checkAttached();
        return PyBool.of(lineBuffering);
    }

    @PyGetter
    public PyObject write_through() {
        checkAttached();
        return PyBool.of(writeThrough);
    }

    @PyGetter
    public PyObject newlines() {
        checkAttached();
        return newlineDecoder == null ? PyNone.NONE : IncrementalNewlineDecoder.newlinesFor(newlineDecoder.seennl);
    }

    static {
        TYPE.addGetSet("_CHUNK_SIZE", o -> PyInt.of(((TextIOWrapper) o).chunkSize), (o, v) -> {
            TextIOWrapper t = (TextIOWrapper) o;
            if (v == null) {
                throw Errors.attributeError("cannot delete attribute");
            }
            long n = IoSupport.asLong(v);
            if (n <= 0) {
                throw Errors.valueError("a strictly positive integer is required");
            }
            t.chunkSize = (int) Math.min(n, 1 << 24);
        });
    }

    /** CPython: _io_TextIOWrapper_reconfigure_impl. */
    @PyMethod(sig = "(*, encoding=None, errors=None, newline=NULL, line_buffering=None, write_through=None)")
    public PyObject reconfigure(PyObject encodingArg, PyObject errorsArg, PyObject newlineArg, PyObject lineBufferingArg,
            PyObject writeThroughArg) {
        checkAttached();
        String enc = optionalStr(encodingArg, "encoding");
        String errs = optionalStr(errorsArg, "errors");
        if (newlineArg != null && newlineArg != PyNone.NONE && !(newlineArg instanceof PyStr)) {
            throw Errors.typeError("reconfigure() argument 'newline' must be str or None, not " + newlineArg.type().name);
        }
        if ((enc != null || errs != null || newlineArg != null) && (decoded.length > 0 || snapshotInput != null)) {
            throw IoSupport.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        if (newlineArg != null) {
            String nl = newlineArg == PyNone.NONE ? null : newlineArg.toString();
            validateNewline(nl);
        }
        IoSupport.callMethod(this, "flush");
        if (enc != null || errs != null) {
            String newEnc = enc == null ? encoding : enc.equals("locale") ? "UTF-8" : enc;
            String newErrs = errs != null ? errs : enc != null ? "strict" : errors;
            codec = TextCodec.forEncoding(newEnc, newErrs);
            encoding = newEnc;
            errors = newErrs;
        }
        if (newlineArg != null) {
            setNewline(newlineArg == PyNone.NONE ? null : newlineArg.toString());
        }
        if (lineBufferingArg != PyNone.NONE) {
            lineBuffering = Abstract.isTrue(lineBufferingArg);
        }
        if (writeThroughArg != PyNone.NONE) {
            writeThrough = Abstract.isTrue(writeThroughArg);
        }
        return PyNone.NONE;
    }

    /** CPython: textiowrapper_repr. */
    @PyMethod
    public PyObject __repr__() {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        if (!initialized) {
            return PyStr.of(sb.append(">").toString());
        }
        PyObject name = lookupQuietly("name");
        if (name != null) {
            sb.append(" name=").append(Abstract.reprString(name));
        }
        PyObject mode = lookupQuietly("mode");
        if (mode != null) {
            sb.append(" mode=").append(Abstract.reprString(mode));
        }
        sb.append(" encoding=").append(Abstract.reprString(PyStr.of(encoding))).append('>');
        return PyStr.of(sb.toString());
    }

    private PyObject lookupQuietly(String attr) {
        try {
            return Abstract.lookupAttrOrNull(this, attr);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ValueError)) {
                return null;
            }
            throw e;
        }
    }

    @PyMethod
    public PyObject __getstate__() {
        throw Errors.typeError("cannot pickle '" + type().name + "' object");
    }
}
