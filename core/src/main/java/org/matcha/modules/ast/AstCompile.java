package org.matcha.modules.ast;

import org.matcha.ast.Expression;
import org.matcha.ast.Interactive;
import org.matcha.ast.Module;
import org.matcha.ast.Node;
import org.matcha.bytecode.PyCode;
import org.matcha.compiler.Compiler;
import org.matcha.lexer.SourceDecoder;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyException;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.parser.Parser;
import org.matcha.parser.PySyntaxError;
import org.matcha.parser.WarningSink;
import org.matcha.vm.CompileSupport;

/**
 * The builtin compile(): flag and mode checks, source to code, source to AST objects
 * (PyCF_ONLY_AST), and AST objects to code after conversion and validation.
 * CPython: Python/bltinmodule.c builtin_compile_impl.
 */
public final class AstCompile {
    private AstCompile() {}

    /** CPython: PyCF_MASK (the CO_FUTURE_* flags) | PyCF_MASK_OBSOLETE (CO_NESTED) | PyCF_COMPILE_MASK. */
    private static final int KNOWN_FLAGS = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000
            | 0x800000 | 0x1000000 | 0x10 | AstModule.PyCF_ONLY_AST | AstModule.PyCF_ALLOW_TOP_LEVEL_AWAIT
            | AstModule.PyCF_TYPE_COMMENTS | 0x200 | 0x4000;

    public static PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, int optimize) {
        return compile(source, filename, mode, flags, optimize, -1);
    }

    /** {@code featureVersion} (ast.parse's feature_version minor, or -1) applies with PyCF_ONLY_AST only. */
    public static PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, int optimize,
            int featureVersion) {
        String f = Abstract.strString(filename);
        String m = Args.toJavaString(mode, "compile", "mode");
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw Errors.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw Errors.valueError("compile(): invalid optimize value");
        }
        boolean onlyAst = (flags & AstModule.PyCF_ONLY_AST) != 0;
        switch (m) {
            case "exec", "eval", "single" -> { }
            case "func_type" -> {
                if (!onlyAst) {
                    throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
            }
            default -> throw Errors.valueError(onlyAst
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (PythonToAst.isAst(source)) {
            if (onlyAst) {
                return source;
            }
            Node mod = PythonToAst.convertMod(source, m);
            AstValidator.validateMod(mod);
            return compileTree(mod, f, flags);
        }
        if (source instanceof PyCode c) {
            return c;
        }
        String text;
        if (source instanceof PyStr s) {
            text = s.value;
        } else if (source instanceof PyBytes b) {
            try {
                text = SourceDecoder.decode(b.bytes, f);
            } catch (PySyntaxError e) {
                throw CompileSupport.toPython(e);
            }
        } else {
            throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        if (!onlyAst) {
            return CompileSupport.compile(text, f, m, flags);
        }
        return AstToPython.convert(parse(text, f, m, featureVersion));
    }

    private static Node parse(String text, String filename, String mode, int featureVersion) {
        try {
            if (mode.equals("func_type")) {
                throw Errors.notImplemented("compile() mode 'func_type' is not supported yet");
            }
            return Parser.parse(text, filename, mode, WarningSink.IGNORE, featureVersion);
        } catch (PySyntaxError e) {
            throw CompileSupport.toPython(e);
        } catch (Parser.TooComplex e) {
            throw new PyException(PyBaseException.create(ExceptionTypes.MemoryError));
        } catch (StackOverflowError e) {
            throw new PyException(PyBaseException.create(ExceptionTypes.RecursionError,
                    PyStr.of("maximum recursion depth exceeded during compilation")));
        }
    }

    private static PyCode compileTree(Node mod, String filename, int flags) {
        try {
            if (mod instanceof Expression e) {
                return Compiler.compileExpression(e, filename, null, null, flags);
            } else if (mod instanceof Interactive i) {
                return Compiler.compileInteractive(i, filename, null, null, flags);
            } else if (mod instanceof Module m) {
                return Compiler.compileModule(m, filename, null, null, flags);
            }
            throw Errors.typeError("expected Module node, got FunctionType");
        } catch (PySyntaxError e) {
            throw CompileSupport.toPython(e);
        } catch (StackOverflowError | Compiler.TooDeep e) {
            throw new PyException(PyBaseException.create(ExceptionTypes.RecursionError,
                    PyStr.of("maximum recursion depth exceeded during compilation")));
        }
    }
}
