package org.matcha.vm;

import org.matcha.bytecode.PyCode;
import org.matcha.objects.Abstract;
import org.matcha.objects.ObjectMethods;
import org.matcha.objects.PyBoundMethod;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFunction;
import org.matcha.objects.PyInstance;
import org.matcha.objects.PyMethodDescriptor;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/**
 * Inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD: per instruction, what the MRO lookup
 * of its name found on the receiver's type and how to use it, keyed on that type and its
 * {@link PyType#version()}, which changes when a class in its MRO changes (and for every type on
 * a change to bases, an MRO, a special method, or an object's {@code __class__}). The instance dict is still read on every access (its
 * contents are not cached). An instruction keeps up to {@link #MAX_TYPES} entries, for call sites
 * that see a few classes. CPython 3.11: Python/specialize.c (LOAD_ATTR_INSTANCE_VALUE,
 * LOAD_ATTR_MODULE, STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES), keyed on tp_version_tag.
 */
final class AttrCache {
    /** No fast path: the generic protocol runs. */
    private static final int GENERIC = 0;
    /** Load: instance dict, then the descriptor (none, a function, a non-data descriptor or a plain value). */
    private static final int DICT_THEN_DESCR = 1;
    /** Load: a data descriptor with __get__ (property, __slots__ member) wins over the dict. */
    private static final int DATA_DESCR = 2;
    /** Load on a plain module with no module-type attribute of that name: the module's dict. */
    private static final int MODULE_DICT = 3;
    /** Store: straight into the instance dict (no data descriptor, object's __setattr__). */
    private static final int STORE_DICT = 4;
    /** Load method: a function or method descriptor, unless the instance dict shadows it. */
    private static final int METHOD = 5;
    private static final int MAX_TYPES = 4;

    private final PyType type;
    private final int version;
    private final int kind;
    private final PyObject descr;
    private final boolean descrHasGet;
    private final AttrCache next;
    private final int depth;

    private AttrCache(PyType type, int version, int kind, PyObject descr, AttrCache next) {
        this.type = type;
        this.version = version;
        this.kind = kind;
        this.descr = descr;
        this.descrHasGet = descr != null && Abstract.hasGet(descr);
        this.next = next;
        this.depth = next == null ? 1 : next.depth + 1;
    }

    private static AttrCache find(PyCode co, int at, PyType t, int version) {
        Object[] caches = co.inlineCaches;
        if (caches == null) {
            return null;
        }
        for (AttrCache c = (AttrCache) caches[at]; c != null; c = c.next) {
            if (c.type == t) {
                return c.version == version ? c : null;
            }
        }
        return null;
    }

    private static AttrCache add(PyCode co, int at, PyType t, int version, int kind, PyObject descr) {
        Object[] caches = co.inlineCaches;
        if (caches == null) {
            caches = new Object[co.code.length];
            co.inlineCaches = caches;
        }
        // a polymorphic site keeps its entries for other types (each checks its own version)
        AttrCache keep = withoutType((AttrCache) caches[at], t);
        if (keep != null && keep.depth >= MAX_TYPES) {
            keep = null;
        }
        AttrCache c = new AttrCache(t, version, kind, descr, keep);
        caches[at] = c;
        return c;
    }

    /** The chain without its entry for {@code t} (a stale one), copying the entries before it. */
    private static AttrCache withoutType(AttrCache c, PyType t) {
        if (c == null) {
            return null;
        }
        if (c.type == t) {
            return c.next;
        }
        AttrCache rest = withoutType(c.next, t);
        return rest == c.next ? c : new AttrCache(c.type, c.version, c.kind, c.descr, rest);
    }

    private static boolean plainGetAttribute(PyType t) {
        return t.lookup("__getattribute__") == ObjectMethods.GETATTRIBUTE;
    }

    /** LOAD_ATTR. CPython: _PyObject_GenericGetAttrWithDict, through the cache. */
    static PyObject load(PyCode co, int at, PyObject obj, PyStr name) {
        if (obj instanceof PyInstance || obj instanceof PyModule) {
            PyType t = obj.type();
            int version = t.version();
            AttrCache c = find(co, at, t, version);
            if (c == null) {
                c = add(co, at, t, version, loadKind(obj, t, name.value), t.lookup(name.value));
            }
            switch (c.kind) {
                case DICT_THEN_DESCR: {
                    PyDict d = obj.dict();
                    if (d != null) {
                        PyObject v = d.getItem(name);
                        if (v != null) {
                            return v;
                        }
                    }
                    PyObject descr = c.descr;
                    if (descr != null) {
                        if (descr instanceof PyFunction) {
                            return new PyBoundMethod(descr, obj);
                        }
                        return c.descrHasGet ? Abstract.bindDescriptor(descr, obj, t) : descr;
                    }
                    break; // __getattr__ or AttributeError: the generic path
                }
                case DATA_DESCR:
                    return Abstract.bindDescriptor(c.descr, obj, t);
                case MODULE_DICT: {
                    PyObject v = ((PyModule) obj).dict.getItem(name);
                    if (v != null) {
                        return v;
                    }
                    break; // the module's __getattr__, or AttributeError
                }
                default:
                    break;
            }
        }
        return Abstract.getAttr(obj, name.value);
    }

    private static int loadKind(PyObject obj, PyType t, String name) {
        if (!plainGetAttribute(t)) {
            return GENERIC;
        }
        PyObject descr = t.lookup(name);
        if (obj instanceof PyModule) {
            return t == PyModule.TYPE && descr == null ? MODULE_DICT : GENERIC;
        }
        if (descr != null && !(descr instanceof PyFunction) && Abstract.hasGet(descr)
                && t.lookup("__getattr__") != null) {
            return GENERIC; // an AttributeError from the descriptor falls back to __getattr__
        }
        if (descr != null && Abstract.isDataDescriptor(descr) && Abstract.hasGet(descr)) {
            return DATA_DESCR;
        }
        return DICT_THEN_DESCR;
    }

    /** STORE_ATTR. CPython: _PyObject_GenericSetAttrWithDict, through the cache. */
    static void store(PyCode co, int at, PyObject obj, PyStr name, PyObject value) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.type();
            int version = t.version();
            AttrCache c = find(co, at, t, version);
            if (c == null) {
                PyObject descr = t.lookup(name.value);
                boolean plain = t.lookup("__setattr__") == ObjectMethods.SETATTR
                        && (descr == null || !Abstract.isDataDescriptor(descr));
                c = add(co, at, t, version, plain ? STORE_DICT : GENERIC, descr);
            }
            PyDict d = inst.dict();
            if (c.kind == STORE_DICT && d != null) {
                d.setItem(name, value);
                return;
            }
        }
        Abstract.setAttr(obj, name.value, value);
    }

    /** LOAD_METHOD: [obj] → [method, obj] when the attribute is a plain method, else [attr, NULL]. */
    static int loadMethod(PyCode co, int at, PyObject[] stack, int sp, PyStr name) {
        PyObject obj = stack[sp - 1];
        if (!(obj instanceof PyType) && !(obj instanceof PyModule)) {
            PyType t = obj.type();
            int version = t.version();
            AttrCache c = find(co, at, t, version);
            if (c == null) {
                PyObject descr = t.lookup(name.value);
                boolean method = plainGetAttribute(t)
                        && (descr instanceof PyFunction || descr instanceof PyMethodDescriptor);
                c = add(co, at, t, version, method ? METHOD : GENERIC, descr);
            }
            if (c.kind == METHOD) {
                PyDict d = obj.dict();
                if (d == null || d.getItem(name) == null) {
                    stack[sp - 1] = c.descr;
                    stack[sp] = obj;
                    return sp + 1;
                }
            }
        } else if (obj instanceof PyModule) {
            stack[sp - 1] = load(co, at, obj, name);
            stack[sp] = null;
            return sp + 1;
        }
        stack[sp - 1] = Abstract.getAttr(obj, name.value);
        stack[sp] = null;
        return sp + 1;
    }
}
