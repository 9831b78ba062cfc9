package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code <script type="text/python">} tags run by matcha.js (pages/scripts.html): document order,
 * one shared namespace, {@code src=}, the output attribute, console output and the error box.
 */
class ScriptTagTest {
    static BrowserPage session;
    static Page page;
    static final List<String> console = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        session = new BrowserPage("matcha.js", false);
        page = session.page;
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        session.navigate("/scripts.html", "matchaScripts");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void scriptsRunInOrderInOneNamespace() {
        assertEquals("first 1\nsecond 2\n", page.textContent("#out1"));
        assertEquals("1 2", page.textContent("#order"));
        assertTrue(console.contains("log: to the console"), console.toString());
    }

    @Test
    void errorsShowAsATracebackBoxAndLaterScriptsStillRun() {
        String box = page.textContent(".matcha-error");
        assertTrue(box.startsWith("Traceback (most recent call last):"), box);
        assertTrue(box.contains("in fail"), box);
        assertTrue(box.endsWith("ZeroDivisionError: division by zero\n"), box);
        assertEquals(1, page.locator(".matcha-error").count());
        assertTrue(console.stream().anyMatch(l -> l.startsWith("error: Traceback")), console.toString());
        assertEquals("still running", page.textContent("#after"));
    }
}
