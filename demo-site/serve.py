"""Serves a folder on 127.0.0.1 with the COOP/COEP headers that make the page cross-origin
isolated (SharedArrayBuffer: the playground's Stop interrupts Python instead of restarting it)."""
import functools
import gzip
import http.server
import io
import os
import sys
import threading

# Types worth compressing: the module and the stdlib bundles shrink to 35-40 %, the scripts to 25-35 %.
COMPRESSIBLE = (".wasm", ".bundle", ".js", ".mjs", ".html", ".css", ".py", ".json", ".svg", ".txt", ".ts")


class IsolatedHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
                      ".py": "text/plain; charset=utf-8", ".bundle": "application/octet-stream"}

    _gzip_cache = {}  # path -> (mtime_ns, size, gzip bytes)
    _gzip_lock = threading.Lock()

    def send_head(self):
        """Sends COMPRESSIBLE files gzip-encoded to clients that accept it (compressed once, kept
        in memory while the file is unchanged); everything else as SimpleHTTPRequestHandler does."""
        path = self.translate_path(self.path)
        if (not path.endswith(COMPRESSIBLE) or not os.path.isfile(path)
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = self._gzipped(path)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def _gzipped(self, path):
        st = os.stat(path)
        with self._gzip_lock:
            hit = self._gzip_cache.get(path)
            if hit and hit[0] == st.st_mtime_ns and hit[1] == st.st_size:
                return hit[2]
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=6, mtime=0)
            self._gzip_cache[path] = (st.st_mtime_ns, st.st_size, body)
            return body

    def end_headers(self):
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        pass


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    handler = functools.partial(IsolatedHandler, directory=folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Matcha playground: http://127.0.0.1:{port}/", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
