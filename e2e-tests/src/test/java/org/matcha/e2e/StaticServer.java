package org.matcha.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves folders on 127.0.0.1 under URL prefixes, with the MIME types browsers insist on. */
final class StaticServer implements AutoCloseable {
    private final HttpServer server;
    /**
     * Several handler threads: with the default (the dispatcher thread alone) a large response the
     * browser reads slowly blocks every other request, and a page that needs both (Pyodide) hangs.
     */
    private final ExecutorService handlers = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "static-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Path> mounts = new LinkedHashMap<>();
    /** Send COOP/COEP headers, so that pages get SharedArrayBuffer (crossOriginIsolated). */
    private volatile boolean isolated;

    StaticServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/")) path += "index.html";
            Path file = resolve(path);
            if (file == null || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", mime(file.toString()));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (isolated) {
                exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
                exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(handlers);
        server.start();
    }

    StaticServer mount(String prefix, Path dir) {
        mounts.put(prefix, dir.toAbsolutePath().normalize());
        return this;
    }

    StaticServer crossOriginIsolated() {
        isolated = true;
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path resolve(String urlPath) {
        for (Map.Entry<String, Path> m : mounts.entrySet()) {
            if (urlPath.startsWith(m.getKey())) {
                Path p = m.getValue().resolve(urlPath.substring(m.getKey().length())).normalize();
                return p.startsWith(m.getValue()) ? p : null;
            }
        }
        return null;
    }

    private static String mime(String name) {
        if (name.endsWith(".wasm")) return "application/wasm";
        if (name.endsWith(".js") || name.endsWith(".mjs")) return "text/javascript";
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".css")) return "text/css";
        if (name.endsWith(".json")) return "application/json";
        if (name.endsWith(".py") || name.endsWith(".ts")) return "text/plain; charset=utf-8";
        if (name.endsWith(".png")) return "image/png";
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
