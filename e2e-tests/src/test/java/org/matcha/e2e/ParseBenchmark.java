package org.matcha.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Browser side of the parse benchmark (not a test): loads the Wasm build in headless Chromium,
 * fetches every Lib file once, then times dumpAst-free parsing runs inside the page.
 * Run by scripts/bench-parse; prints one line in the same format as tools/parse_bench.py.
 */
public final class ParseBenchmark {
    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[0]).toRealPath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py")).map(p -> lib.relativize(p).toString())
                    .sorted().collect(Collectors.toList());
        }
        try (StaticServer server = new StaticServer().mount("/wasm/", Path.of("../web/target/wasm"))
                .mount("/lib/", lib).mount("/", Path.of("src/test/resources/pages"));
             Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            Page page = browser.newPage();
            page.navigate(server.url("/ast.html"));
            page.evaluate("() => window.matchaReady");
            Object result = page.evaluate("async ([files, runs]) => {"
                    + "  const texts = [];"
                    + "  let lines = 0;"
                    + "  for (const f of files) {"
                    + "    const b = new Uint8Array(await (await fetch('/lib/' + f)).arrayBuffer());"
                    + "    let t = ''; for (let i = 0; i < b.length; i += 8192) t += String.fromCharCode.apply(null, b.subarray(i, i + 8192));"
                    + "    if (!window.matcha.parseOnly(t, f)) continue;"
                    + "    texts.push(t); for (let i = 0; i < b.length; i++) if (b[i] === 10) lines++;"
                    + "  }"
                    + "  let best = Infinity;"
                    + "  for (let r = 0; r < runs + 1; r++) {"
                    + "    const t0 = performance.now();"
                    + "    for (const t of texts) window.matcha.parseOnly(t, '<bench>');"
                    + "    const s = (performance.now() - t0) / 1000; if (r > 0) best = Math.min(best, s);"
                    + "  }"
                    + "  return `files=${texts.length} lines=${lines} seconds=${best.toFixed(3)} lines_per_sec=${Math.round(lines / best)}`;"
                    + "}", List.of(files, runs));
            System.out.println(result);
            browser.close();
        }
    }
}
