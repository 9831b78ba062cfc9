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
        PyList.TYPE.dict().setItem("__hash__", PyNone.NONE);
        PyDict.TYPE.dict().setItem("__hash__", PyNone.NONE);
        PyByteArray.TYPE.dict().setItem("__hash__", PyNone.NONE);
        org.matcha.objects.PyType.invalidateCaches();
    }
}
