package org.matcha.vm;

import org.matcha.ast.Expression;
import org.matcha.ast.Interactive;
import org.matcha.ast.Module;
import org.matcha.bytecode.PyCode;
import org.matcha.compiler.Compiler;
import org.matcha.lexer.SourceDecoder;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;
import org.matcha.parser.Parser;
import org.matcha.parser.PySyntaxError;
import org.matcha.parser.WarningSink;

/** Source to code object for import, exec, eval and compile, with SyntaxError as a Python exception. */
public final class CompileSupport {
    private CompileSupport() {}

    public static PyCode compile(String source, String filename, String mode) {
        return compile(source, filename, mode, 0);
    }

    /** {@code flags} are compile()'s (the CO_FUTURE_* bits in force, see PyCode.PyCF_MASK). */
    public static PyCode compile(String source, String filename, String mode, int flags) {
        if (!filename.startsWith("<")) {
            SourceCache.put(filename, source); // like linecache: "<stdin>", "<string>" have no lines
        }
        try {
            switch (mode) {
                case "eval": {
                    Expression e = Parser.parseExpression(source, filename, sink(filename));
                    return Compiler.compileExpression(e, filename, source, sink(filename), flags);
                }
                case "single": {
                    Interactive i = Parser.parseInteractive(source, filename, sink(filename));
                    return Compiler.compileInteractive(i, filename, source, sink(filename), flags);
                }
                default: {
                    Module m = Parser.parseModule(source, filename, sink(filename));
                    return Compiler.compileModule(m, filename, source, sink(filename), flags);
                }
            }
        } catch (PySyntaxError e) {
            throw toPython(e);
        } catch (Parser.TooComplex e) {
            throw new PyException(PyBaseException.create(ExceptionTypes.MemoryError));
        } catch (StackOverflowError | Compiler.TooDeep e) {
            throw new PyException(PyBaseException.create(ExceptionTypes.RecursionError,
                    PyStr.of("maximum recursion depth exceeded during compilation")));
        }
    }

    /**
     * Compile-time warnings go through the warnings filters like CPython's PyErr_WarnExplicitObject
     * (module from the filename, no registry).
     */
    private static WarningSink sink(String filename) {
        return (category, message, lineno) -> {
            Interpreter i = Interpreter.current();
            if (i == null) {
                return;
            }
            PyObject cat = i.builtinsModule.dict.getItem(category);
            if (cat == null) {
                cat = ExceptionTypes.Warning;
            }
            try {
                org.matcha.modules.WarningsModule.warnExplicit(cat, PyStr.of(message), PyStr.of(filename), lineno,
                        PyNone.NONE, PyNone.NONE, null, null);
            } catch (PyException e) {
                if (cat instanceof PyType t && e.value.type().isSubtype(t)) {
                    throw new WarningSink.Escalated();
                }
                throw e;
            }
        };
    }

    /** Source bytes honour PEP 263 declarations and the UTF-8 default. */
    public static PyCode compile(byte[] source, String filename, String mode) {
        return compile(source, filename, mode, 0);
    }

    public static PyCode compile(byte[] source, String filename, String mode, int flags) {
        String text;
        try {
            text = SourceDecoder.decode(source, filename);
        } catch (PySyntaxError e) {
            throw toPython(e);
        }
        return compile(text, filename, mode, flags);
    }

    /**
     * The __future__ flags of the running Python code, which compile() (unless dont_inherit), exec()
     * and eval() of source text inherit. CPython: ceval.c PyEval_MergeCompilerFlags.
     */
    public static int inheritedFlags() {
        Interpreter i = Interpreter.current();
        Frame f = i == null ? null : i.currentFrame();
        return f == null ? 0 : f.code.flags & PyCode.PyCF_MASK;
    }

    public static PyException toPython(PySyntaxError e) {
        PyType t = e.type.equals("IndentationError") ? ExceptionTypes.IndentationError
                : e.type.equals("TabError") ? ExceptionTypes.TabError : ExceptionTypes.SyntaxError;
        PyObject text = e.text == null ? PyNone.NONE : PyStr.of(e.text);
        PyBaseException x = PyBaseException.create(t, PyStr.of(e.msg), org.matcha.objects.PyTuple.of(
                PyStr.of(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset), text, PyInt.of(e.endLineno),
                PyInt.of(e.endOffset)));
        x.setAttr("msg", PyStr.of(e.msg));
        x.setAttr("filename", PyStr.of(e.filename));
        x.setAttr("lineno", PyInt.of(e.lineno));
        x.setAttr("offset", PyInt.of(e.offset));
        x.setAttr("text", text);
        x.setAttr("end_lineno", PyInt.of(e.endLineno));
        x.setAttr("end_offset", PyInt.of(e.endOffset));
        x.setAttr("print_file_and_line", PyNone.NONE);
        x.setAttr("__matcha_syntax_error__", new SyntaxErrorHolder(e));
        return new PyException(x);
    }

    /** Keeps the parser's error so the top level prints it exactly as CPython does. */
    static final class SyntaxErrorHolder extends PyObject {
        final PySyntaxError error;

        SyntaxErrorHolder(PySyntaxError error) {
            this.error = error;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }
}
