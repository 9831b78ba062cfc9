package org.matcha.vm;

import org.matcha.builtins.BuiltinIterators;
import org.matcha.generated.ExposedRegistry;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyStr;

/** Creates the builtins and sys modules of a new interpreter. */
final class Builtins {
    private Builtins() {}

    static void install(Interpreter interp) {
        BuiltinIterators.install();
        PyModule builtins = new PyModule("builtins");
        ExposedRegistry.installModule("builtins", builtins);
        interp.builtinsModule = builtins;
        PyDict bd = builtins.dict;
        for (int i = bd.nextEntry(0); i >= 0; i = bd.nextEntry(i + 1)) {
            interp.builtins.setItem(bd.keyAt(i), bd.valueAt(i));
        }
        // the module's dict is the builtins namespace itself
        PyModule sys = new PyModule("sys");
        ExposedRegistry.installModule("sys", sys);
        interp.sysModule = sys;
        sys.dict.setItem("modules", interp.modules);
        sys.dict.setItem("stdin", new HostStream(0, "<stdin>"));
        sys.dict.setItem("stdout", new HostStream(1, "<stdout>"));
        sys.dict.setItem("stderr", new HostStream(2, "<stderr>"));
        sys.dict.setItem("__stdout__", sys.dict.getItem("stdout"));
        sys.dict.setItem("__stderr__", sys.dict.getItem("stderr"));
        sys.dict.setItem("__stdin__", sys.dict.getItem("stdin"));
        sys.dict.setItem("__displayhook__", sys.dict.getItem("displayhook"));
        sys.dict.setItem("__excepthook__", sys.dict.getItem("excepthook"));
        sys.dict.setItem("__unraisablehook__", sys.dict.getItem("unraisablehook"));
        sys.dict.setItem("__breakpointhook__", sys.dict.getItem("breakpointhook"));
        interp.modules.setItem("builtins", builtins);
        interp.modules.setItem("sys", sys);
        interp.builtinsDictIsModule(builtins);
        builtins.dict.setItem("__name__", PyStr.of("builtins"));
    }
}
