package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The playground (demo-site/target/site, served cross-origin isolated as scripts/serve does):
 * every example run through ?example=NAME, with its output compared with CPython's run of the same
 * file where it is plain Python; the editor, Stop, traceback links, the REPL, sharing, themes and
 * the error pages. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaygroundTest {
    static final Path SITE = Path.of("../demo-site/target/site");
    static final Path EXAMPLES = SITE.resolve("examples");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    StaticServer server;
    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    void start() throws IOException {
        assertTrue(Files.isRegularFile(SITE.resolve("playground.js")), "build demo-site first: " + SITE);
        server = new StaticServer().mount("/", SITE).crossOriginIsolated();
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        browser.close();
        playwright.close();
        server.close();
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 760));
        page = context.newPage();
        page.setDefaultTimeout(60_000);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Opens the playground at {@code query} and waits for the interpreter and the editor's code. */
    Page open(String query) {
        page.navigate(server.url("/" + query));
        page.waitForFunction("() => document.body.dataset.ready === 'true' && document.body.dataset.code === 'true'");
        return page;
    }

    /** Clicks Run and waits for the run to finish; returns the output pane's text. */
    String run() {
        page.evaluate("() => { document.body.dataset.done = 'false'; }");
        page.click("#run");
        page.waitForFunction("() => document.body.dataset.done === 'true'");
        return output();
    }

    String output() {
        return (String) page.evaluate("() => document.getElementById('output').textContent");
    }

    String editorCode() {
        return (String) page.evaluate("() => window.playground.editor.getCode()");
    }

    static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name + ".py"));
    }

    /** CPython's stdout and stderr for an example file, fed {@code stdin}. */
    static String[] cpython(String name, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", EXAMPLES.resolve(name + ".py").toString()).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String[] {out, err};
    }

    void plainExample(String name) throws Exception {
        open("?example=" + name);
        assertEquals(example(name), editorCode());
        assertEquals(cpython(name, "")[0], run());
    }

    @Test
    void basicsExample() throws Exception {
        plainExample("basics");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("example-basics-light.png")));
    }

    @Test
    void closuresExample() throws Exception {
        plainExample("closures");
    }

    @Test
    void classesExample() throws Exception {
        plainExample("classes");
    }

    @Test
    void generatorsExample() throws Exception {
        plainExample("generators");
    }

    @Test
    void regexJsonExample() throws Exception {
        plainExample("regex_json");
    }

    @Test
    void collectionsItertoolsExample() throws Exception {
        plainExample("collections_itertools");
    }

    /** stdout as CPython's; the traceback ends as CPython's, and its last line link moves the cursor there. */
    @Test
    void exceptionsExampleAndTracebackLink() throws Exception {
        String[] expected = cpython("exceptions", "");
        open("?example=exceptions");
        String out = run();
        String stdout = (String) page.evaluate("() => Array.from(document.querySelectorAll('#output .stdout'), s => s.textContent).join('')");
        assertEquals(expected[0], stdout);
        String[] cpythonErr = expected[1].strip().split("\n");
        assertTrue(out.strip().endsWith(cpythonErr[cpythonErr.length - 1]), out);
        List<String> cpythonLines = new ArrayList<>();
        Matcher m = Pattern.compile("line (\\d+)").matcher(expected[1]);
        while (m.find()) cpythonLines.add(m.group(1));
        List<String> links = castList(page.evaluate("() => Array.from(document.querySelectorAll('a.line-link'), a => a.dataset.line)"));
        assertEquals(cpythonLines, links);
        page.locator("a.line-link").last().click();
        assertEquals(Integer.parseInt(links.get(links.size() - 1)),
                ((Number) page.evaluate("() => window.playground.editor.cursorLine()")).intValue());
        page.locator("a.line-link").first().click();
        assertEquals(Integer.parseInt(links.get(0)),
                ((Number) page.evaluate("() => window.playground.editor.cursorLine()")).intValue());
    }

    @SuppressWarnings("unchecked")
    static List<String> castList(Object o) {
        return (List<String>) o;
    }

    /** The example's DOM button lives on the page: clicks run its Python handler. */
    @Test
    void domCounterExample() {
        open("?example=dom_counter");
        assertTrue(run().contains("Click the button!"));
        for (int i = 0; i < 3; i++) page.click("#counter");
        assertEquals("Clicked 3 times", page.textContent("#counter"));
        assertEquals("odd", page.textContent("#count"));
        assertTrue(output().endsWith("click 1\nclick 2\nclick 3\n"), output());
    }

    @Test
    void eventsExample() {
        open("?example=events");
        run();
        page.click("#name-field");
        page.keyboard().type("Ada");
        assertEquals("'ADA' has 3 characters", page.textContent("#echo"));
        page.keyboard().press("Enter");
        assertTrue(output().endsWith("Hello, Ada!\n"), output());
        assertEquals("", page.inputValue("#name-field"));
    }

    /** The coroutine fetches examples/data/planets.json: the output is checked against that file. */
    @Test
    void fetchExample() throws Exception {
        JsonObject data = JsonParser.parseString(Files.readString(EXAMPLES.resolve("data/planets.json"))).getAsJsonObject();
        int total = 0;
        for (var planet : data.getAsJsonArray("planets")) total += planet.getAsJsonObject().get("moons").getAsInt();
        open("?example=fetch");
        String out = run();
        assertTrue(out.contains("total moons: " + total + "\n"), out);
        assertTrue(out.indexOf("Saturn") < out.indexOf("Jupiter") && out.indexOf("Jupiter") < out.indexOf("Mercury"), out);
    }

    /** input() is answered in the field under the output; the result matches CPython fed the same lines. */
    @Test
    void inputExample() throws Exception {
        String cpythonOut = cpython("input", "Ada\n42\n")[0];
        open("?example=input");
        page.evaluate("() => { document.body.dataset.done = 'false'; }");
        page.click("#run");
        for (String answer : List.of("Ada", "42")) {
            page.waitForSelector("#stdin-form:not([hidden])");
            page.fill("#stdin-input", answer);
            page.press("#stdin-input", "Enter");
            page.waitForFunction("(a) => document.getElementById('output').textContent.includes('? \\n' + a + '\\n')", answer);
        }
        page.waitForFunction("() => document.body.dataset.done === 'true'");
        // CPython writes the prompts without newlines; the playground shows each prompt, then the answer
        String out = output().replace("What is your name? \nAda\n", "").replace("How old are you? \n42\n", "");
        assertEquals(cpythonOut.replace("What is your name? ", "").replace("How old are you? ", ""), out);
    }

    /** The turtle draws, animated, on the canvas: gold fill and crimson circle pixels at the end. */
    @Test
    void turtleExample() throws Exception {
        open("?example=turtle_star");
        assertTrue(run().contains("drew a star and a circle"));
        page.waitForFunction("() => document.body.dataset.turtleIdle === 'true'");
        long gold = countPixels(255, 215, 0);
        long crimson = countPixels(220, 20, 60);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("example-turtle.png")));
        assertTrue(gold > 5_000, "gold fill pixels: " + gold);
        assertTrue(crimson > 200, "crimson circle pixels: " + crimson);
        long frames = ((Number) page.evaluate("() => window.playground.turtle.frames")).longValue();
        assertTrue(frames > 20, "animation frames: " + frames);
    }

    /** Pixels of the turtle canvas within 40 of the colour (r, g, b). */
    long countPixels(int r, int g, int b) {
        return ((Number) page.evaluate("([r, g, b]) => { const c = document.getElementById('turtle-canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g)"
                + " + Math.abs(d[i + 2] - b) < 40) n++; return n; }", List.of(r, g, b))).longValue();
    }

    @Test
    void typingAndCtrlEnter() throws Exception {
        open("");
        page.click("#editor .cm-content");
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().type("print(sum(range(10)) * 'ab'.count('a'))");
        assertEquals("print(sum(range(10)) * 'ab'.count('a'))", editorCode());
        page.evaluate("() => { document.body.dataset.done = 'false'; }");
        page.keyboard().press("Control+Enter");
        page.waitForFunction("() => document.body.dataset.done === 'true'");
        Process p = new ProcessBuilder("python3", "-c", editorCode()).start();
        String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expected, output());
        assertTrue(page.textContent("#run-time").matches("Ran in [0-9.]+ ms in the worker · interpreter started in \\d+ ms"),
                page.textContent("#run-time"));
    }

    /** while True: pass, a tab click handled meanwhile, then Stop: KeyboardInterrupt within 1 s, state kept. */
    @Test
    void stopInterruptsARunawayLoop() {
        open("");
        page.evaluate("() => window.playground.editor.setCode('n = 0\\nwhile True:\\n    n += 1\\n')");
        page.click("#run");
        page.waitForFunction("() => document.body.dataset.running === 'true'");
        page.waitForTimeout(300);
        page.click("#tab-repl");
        assertEquals("true", page.getAttribute("#tab-repl", "aria-selected"));
        assertTrue(page.isHidden("#panel-output"));
        page.click("#tab-output");
        long start = System.nanoTime();
        page.click("#stop");
        page.waitForFunction("() => document.getElementById('output').textContent.includes('KeyboardInterrupt')",
                null, new Page.WaitForFunctionOptions().setTimeout(5_000));
        double ms = (System.nanoTime() - start) / 1e6;
        assertTrue(ms < 1000, "KeyboardInterrupt after " + ms + " ms");
        assertTrue(output().matches("(?s).*File \"main.py\", line [23], in <module>.*KeyboardInterrupt\n"), output());
        page.waitForFunction("() => document.body.dataset.done === 'true'");
        page.evaluate("() => window.playground.editor.setCode('print(\"again\")')");
        assertEquals("again\n", run());
    }

    /** Entries keep state, a multi-line def ends at an empty line, the last value is echoed, up recalls. */
    @Test
    void replKeepsStateAndHistory() throws Exception {
        open("");
        page.click("#tab-repl");
        List<String> lines = List.of("x = 20", "def f(n):", "    return n + x", "", "f(22)", "[x] * 2", "1/0", "x");
        for (String line : lines) {
            page.fill("#repl-input", line);
            page.press("#repl-input", "Enter");
        }
        page.waitForFunction("() => document.body.dataset.replIdle === 'true'");
        String log = (String) page.evaluate("() => document.getElementById('repl-log').textContent");
        // the same lines in CPython's interactive interpreter (python3 -i reads stdin)
        Process p = new ProcessBuilder("python3", "-i", "-q").redirectErrorStream(true).start();
        p.getOutputStream().write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String cpython = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        for (String expected : List.of("42", "[20, 20]", "ZeroDivisionError: division by zero")) {
            assertTrue(cpython.contains(expected + "\n"), cpython);
            assertTrue(log.contains("\n" + expected + "\n"), log);
        }
        assertTrue(log.contains(">>> def f(n):\n...     return n + x\n... \n>>> f(22)\n42\n"), log);
        page.press("#repl-input", "ArrowUp");
        assertEquals("x", page.inputValue("#repl-input"));
        page.press("#repl-input", "ArrowUp");
        assertEquals("1/0", page.inputValue("#repl-input"));
        page.press("#repl-input", "ArrowDown");
        assertEquals("x", page.inputValue("#repl-input"));
    }

    @Test
    void shareLinkRoundTripsAndReloadKeepsCode() {
        open("");
        String code = "# shared ünïcode ✓\nfor i in range(3):\n    print(i * '🍵')\n";
        page.evaluate("(c) => window.playground.editor.setCode(c)", code);
        page.click("#share");
        page.waitForSelector("#share-box:not([hidden])");
        String url = page.inputValue("#share-url");
        assertTrue(url.contains("#code="), url);
        Page other = browser.newContext().newPage();
        other.navigate(url);
        other.waitForFunction("() => document.body.dataset.code === 'true'");
        assertEquals(code, other.evaluate("() => window.playground.editor.getCode()"));
        other.context().close();
        // localStorage: a plain reload of / restores the last code
        page.navigate(server.url("/"));
        page.waitForFunction("() => document.body.dataset.code === 'true'");
        page.evaluate("() => window.playground.editor.setCode('print(\"kept\")')");
        page.waitForTimeout(400);
        page.reload();
        page.waitForFunction("() => document.body.dataset.code === 'true'");
        assertEquals("print(\"kept\")", editorCode());
        // ?code= with plain text
        page.navigate(server.url("/?code=print(1%2B1)"));
        page.waitForFunction("() => document.body.dataset.code === 'true'");
        assertEquals("print(1+1)", editorCode());
    }

    /** The Examples menu lists every example file and loads the chosen one, with an ?example= link. */
    @Test
    void examplesMenu() throws IOException {
        open("");
        List<String> names = castList(page.evaluate("() => Array.from(document.querySelectorAll('#examples option'), o => o.value).filter(v => v)"));
        List<String> files = new ArrayList<>();
        try (var listing = Files.list(EXAMPLES)) {
            listing.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".py")).forEach(f -> files.add(f.substring(0, f.length() - 3)));
        }
        Collections.sort(files);
        List<String> sortedNames = new ArrayList<>(names);
        Collections.sort(sortedNames);
        assertEquals(files, sortedNames);
        assertTrue(names.size() >= 12, names.toString());
        page.selectOption("#examples", "closures");
        page.waitForFunction("(c) => window.playground.editor.getCode() === c", example("closures"));
        assertTrue(page.url().endsWith("?example=closures"), page.url());
    }

    @Test
    void themeSwitchAndScreenshots() throws Exception {
        page.setViewportSize(1000, 600);
        open("?example=turtle_star");
        page.evaluate("() => document.documentElement.dataset.theme === 'dark' && document.getElementById('theme').click()");
        String lightBg = editorBackground();
        run();
        page.waitForFunction("() => document.body.dataset.turtleIdle === 'true'");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("playground-light.png")));
        page.click("#theme");
        assertEquals("dark", page.evaluate("() => document.documentElement.dataset.theme"));
        assertFalse(lightBg.equals(editorBackground()));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("playground-dark.png")));
        page.reload();
        page.waitForFunction("() => document.body.dataset.code === 'true'");
        assertEquals("dark", page.evaluate("() => document.documentElement.dataset.theme"));
        page.setViewportSize(390, 800);
        assertEquals("column", page.evaluate("() => getComputedStyle(document.getElementById('layout')).flexDirection"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("playground-narrow.png")));
    }

    String editorBackground() {
        return (String) page.evaluate("() => getComputedStyle(document.querySelector('#editor .cm-editor')).backgroundColor");
    }

    @Test
    void embeddingPageRunsItsScriptsAndShowsItsSource() {
        page.navigate(server.url("/embed.html"));
        page.waitForFunction("() => document.getElementById('log').textContent.includes('items on the list')");
        assertTrue(page.textContent("#greeting").startsWith("Hello from Python 3.11"));
        assertEquals("items on the list: 3", page.textContent("#log").strip().split("\n")[1]);
        page.fill("#item", "Test it");
        page.press("#item", "Enter");
        assertEquals(4, page.locator("#todo li").count());
        page.locator("#todo li").first().click();
        assertEquals("done", page.getAttribute("#todo li >> nth=0", "class"));
        page.waitForFunction("() => document.getElementById('source').textContent.includes('<script type=\"text/python\" output=\"log\">')");
    }

    @Test
    void withoutWasmGcThePageNamesWorkingBrowsers() {
        page.addInitScript("WebAssembly.validate = () => false;");
        page.navigate(server.url("/"));
        page.waitForSelector("#fatal:not([hidden])");
        String message = page.textContent("#fatal-message");
        assertTrue(message.contains("Chrome or Edge 119+") && message.contains("Firefox 120+")
                && message.contains("Safari 18.2+"), message);
        assertTrue(page.isHidden("#restart"));
    }

    @Test
    void failedLoadShowsRestart() {
        page.route("**/stdlib-core.bundle", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(500)));
        page.navigate(server.url("/"));
        page.waitForSelector("#fatal:not([hidden])");
        assertTrue(page.textContent("#fatal-message").startsWith("Python failed to start"), page.textContent("#fatal-message"));
        page.unroute("**/stdlib-core.bundle");
        page.click("#restart");
        page.waitForFunction("() => document.body.dataset.ready === 'true'");
        assertTrue(page.isHidden("#fatal"));
        page.evaluate("() => window.playground.editor.setCode('print(\"back\")')");
        assertEquals("back\n", run());
    }

    /** A run that fails without a Python traceback (the worker is gone) shows a message and Restart. */
    @Test
    void crashedWorkerShowsRestart() {
        open("");
        page.evaluate("() => { const w = window.playground.worker; w.terminate();"
                + " const gone = () => Promise.reject(new Error('the Python worker crashed: test'));"
                + " w.runPython = gone; w.FS.writeFile = gone; }");
        page.click("#run");
        page.waitForSelector("#fatal:not([hidden])");
        assertTrue(page.textContent("#fatal-message").contains("the Python worker crashed: test"));
        page.click("#restart");
        page.waitForFunction("() => document.body.dataset.ready === 'true' && document.getElementById('fatal').hidden");
        page.evaluate("() => window.playground.editor.setCode('print(\"restarted\")')");
        assertEquals("restarted\n", run());
    }

    /** Navigation to an interactive editor and to a ready interpreter, 5 cold loads (reported, not asserted). */
    @Test
    void startupTimes() throws IOException {
        List<Double> editor = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        List<Double> worker = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BrowserContext cold = browser.newContext();
            Page p = cold.newPage();
            p.navigate(server.url("/?example=basics"));
            p.waitForFunction("() => document.body.dataset.ready === 'true'", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            editor.add(((Number) p.evaluate("() => window.matchaEditorMs")).doubleValue());
            ready.add(((Number) p.evaluate("() => window.matchaReadyMs")).doubleValue());
            worker.add(((Number) p.evaluate("() => window.playground.timings.loadWorker")).doubleValue());
            cold.close();
        }
        String report = String.format("playground: interactive editor median %.0f ms %s, ready interpreter median %.0f ms %s"
                + " (of which loadMatchaWorker: median %.0f ms %s)%n",
                median(editor), rounded(editor), median(ready), rounded(ready), median(worker), rounded(worker));
        System.out.print(report);
        Files.writeString(Path.of("target/playground-startup.txt"), report);
        assertEquals(5, ready.size());
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
