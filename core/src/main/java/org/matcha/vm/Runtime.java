package org.matcha.vm;

import org.matcha.generated.ExposedRegistry;
import org.matcha.objects.ExceptionMethods;
import org.matcha.objects.ObjectMethods;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyCell;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyDictView;
import org.matcha.objects.PyFunction;
import org.matcha.objects.PyIterators;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.SetMethods;
import org.matcha.objects.TypeMethods;
import org.matcha.objects.PySet;
import org.matcha.objects.PyBuiltinFunctionObject;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyBoundMethod;

/** One-time set-up of the builtin types: the generated method tables plus the few hand-made slots. */
public final class Runtime {
    private Runtime() {}

    private static boolean initialised;

    public static synchronized void initTypes() {
        if (initialised) {
            return;
        }
        initialised = true;
        ExposedRegistry.installTypes();
        ObjectMethods.recordSlots();
        TypeMethods.recordSlots();
        PyIterators.install();
        SetMethods.installFrozen();
        PyDictView.installSiblings();
        PyFunction.installGetSets();
        PyCell.installGetSets();
        ExceptionMethods.install();
        AsyncSupport.install();
        org.matcha.objects.PyWeakProxy.install();
        org.matcha.objects.PyWeakRef.markBuiltinTypes(PyFunction.TYPE, org.matcha.objects.PyType.TYPE, PySet.TYPE,
                PySet.FROZEN_TYPE, PyGenerator.TYPE, PyGenerator.COROUTINE_TYPE, PyGenerator.ASYNC_GENERATOR_TYPE,
                PyBuiltinFunctionObject.TYPE, org.matcha.bytecode.PyCode.TYPE, PyModule.TYPE, PyBoundMethod.TYPE);
        PyList.TYPE.dict().setItem("__hash__", PyNone.NONE);
        PyDict.TYPE.dict().setItem("__hash__", PyNone.NONE);
        org.matcha.objects.BytesMethods.installOnByteArray();
        PyByteArray.TYPE.dict().setItem("__hash__", PyNone.NONE);
        giveEveryTypeADoc(org.matcha.objects.PyType.OBJECT);
        org.matcha.objects.PyType.invalidateCaches();
    }

    /** Every builtin type has __doc__ in its dict (None without a docstring). CPython: type_ready. */
    private static void giveEveryTypeADoc(org.matcha.objects.PyType t) {
        t.defaultDocAfterInstall(); // a type whose methods are not installed yet gets it when they are
        for (org.matcha.objects.PyType sub : t.subclasses.toArray(new org.matcha.objects.PyType[0])) {
            if (!sub.heap) {
                giveEveryTypeADoc(sub);
            }
        }
    }
}
