package org.matcha.compiler;

import static org.matcha.compiler.Scope.*;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.matcha.ast.Node;
import org.matcha.parser.PySyntaxError;

/**
 * Resolves every symbol to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, walking the
 * scope tree with the sets of names bound, free and global in enclosing blocks.
 * CPython: Python/symtable.c analyze_block, analyze_name, analyze_cells, update_symbols.
 */
final class ScopeAnalysis {
    private final BiFunction<String, Node, PySyntaxError> errors;

    private ScopeAnalysis(BiFunction<String, Node, PySyntaxError> errors) {
        this.errors = errors;
    }

    static void analyze(Scope top, BiFunction<String, Node, PySyntaxError> errors) {
        new ScopeAnalysis(errors).analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new java.util.HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (ste.kind == Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.kind != Kind.CLASS) {
            if (ste.kind == Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>();
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);
        if (ste.kind == Kind.FUNCTION) {
            // analyze_cells: a local that a child uses freely becomes a cell
            for (Map.Entry<String, Integer> s : scopes.entrySet()) {
                if (s.getValue() == LOCAL && newFree.remove(s.getKey())) {
                    s.setValue(CELL);
                }
            }
        } else if (ste.kind == Kind.CLASS) {
            // drop_class_free: __class__ used by methods is provided by the class itself
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste, scopes, bound, newFree, ste.kind == Kind.CLASS);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errors.apply("name '" + name + "' is nonlocal and global", directive(ste, name));
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
        } else if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errors.apply("nonlocal declaration not allowed at module level", directive(ste, name));
            }
            if (!bound.contains(name)) {
                throw errors.apply("no binding for nonlocal '" + name + "' found", directive(ste, name));
            }
            scopes.put(name, FREE);
            free.add(name);
        } else if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
        } else if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            free.add(name);
        } else if (global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
        } else {
            scopes.put(name, GLOBAL_IMPLICIT);
        }
    }

    private static Node directive(Scope ste, String name) {
        Node at = ste.directives.get(name);
        return at != null ? at : ste.node;
    }

    /** Stores each symbol's scope, and adds free names of children that pass through this block. */
    private static void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, boolean isClass) {
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            int scope = scopes.get(e.getKey());
            e.setValue(e.getValue() | (scope << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer flags = ste.symbols.get(name);
            if (flags != null) {
                // a free variable of a method with the name of a class-level binding
                if (isClass && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            ste.symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
