package org.matcha.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU profile of one program on Matcha's Wasm build in headless Chromium (scripts/profile-wasm,
 * not a test): loads pages/bench.html, runs the program once to warm up, then again under the
 * DevTools protocol's sampling profiler (Profiler.start/stop, 100 µs interval). Writes the profile
 * as a .cpuprofile file (DevTools → Performance → Load profile) and prints the functions with the
 * most self time.
 *
 * <p>Arguments: {@code FILE.py OUT.cpuprofile [TOP]}
 */
public final class WasmProfiler {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String src = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        try (BrowserPage browser = new BrowserPage("matcha.wasm", false)) {
            browser.page.setDefaultTimeout(600_000);
            Page page = browser.navigate("/bench.html", "benchReady");
            List<?> warm = (List<?>) page.evaluate("([s, p]) => window.benchRun(s, p)", List.of(src, file.toString()));
            CDPSession cdp = page.context().newCDPSession(page);
            cdp.send("Profiler.enable");
            JsonObject interval = new JsonObject();
            interval.addProperty("interval", 100);
            cdp.send("Profiler.setSamplingInterval", interval);
            cdp.send("Profiler.start");
            List<?> r = (List<?>) page.evaluate("([s, p]) => window.benchRun(s, p)", List.of(src, file.toString()));
            JsonObject profile = cdp.send("Profiler.stop").getAsJsonObject("profile");
            Files.writeString(out, profile.toString());
            System.out.print(r.get(1));
            System.out.printf("%nwarm-up run %.0f ms, profiled run %.0f ms; profile written to %s%n",
                    ((Number) warm.get(0)).doubleValue(), ((Number) r.get(0)).doubleValue(), out);
            printTop(profile, top);
        }
    }

    /** Self time per function (samples × the time to the next sample), summed over profile nodes. */
    static void printTop(JsonObject profile, int top) {
        Map<Integer, String> nameOf = new HashMap<>();
        for (JsonElement e : profile.getAsJsonArray("nodes")) {
            JsonObject node = e.getAsJsonObject();
            JsonObject frame = node.getAsJsonObject("callFrame");
            String name = frame.get("functionName").getAsString();
            String url = frame.get("url").getAsString();
            nameOf.put(node.get("id").getAsInt(), (name.isEmpty() ? "(anonymous)" : name)
                    + (url.isEmpty() ? "" : "  " + url.substring(url.lastIndexOf('/') + 1)));
        }
        JsonArray samples = profile.getAsJsonArray("samples");
        JsonArray deltas = profile.getAsJsonArray("timeDeltas");
        Map<String, Long> selfMicros = new HashMap<>();
        long total = 0;
        for (int i = 0; i < samples.size(); i++) {
            long dt = i + 1 < deltas.size() ? deltas.get(i + 1).getAsLong() : 0;
            selfMicros.merge(nameOf.get(samples.get(i).getAsInt()), dt, Long::sum);
            total += dt;
        }
        long sum = Math.max(total, 1);
        System.out.printf("%n%10s %6s  %s%n", "self ms", "%", "function");
        selfMicros.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(top)
                .forEach(e -> System.out.printf("%10.1f %5.1f%%  %s%n", e.getValue() / 1000.0, 100.0 * e.getValue() / sum, e.getKey()));
    }
}
