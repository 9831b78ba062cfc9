package org.matcha.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Debian's headless Chromium through Playwright, with the flags this machine needs. */
final class Chromium {
    private Chromium() {}

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    /** Launches it with this machine's flags plus {@code extraArgs} (e.g. --js-flags=--expose-gc). */
    static Browser launch(Playwright playwright, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"));
        args.addAll(List.of(extraArgs));
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(args));
    }
}
