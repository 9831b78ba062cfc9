package org.matcha.stdlib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matcha.vm.FrozenBundle;

/** Registers the bundles built into target/classes, once per test JVM. */
final class FrozenStdlib {
    private FrozenStdlib() {}

    private static boolean installed;

    static synchronized void install() throws IOException {
        if (!installed) {
            for (String tier : new String[] {"core", "extended"}) {
                Path p = Path.of("target/classes/org/matcha/stdlib/stdlib-" + tier + ".bundle");
                FrozenBundle.addDefault(FrozenBundle.parse(Files.readAllBytes(p)));
            }
            installed = true;
        }
    }
}
