#!/usr/bin/env python3
"""The e2e tests' runner for matcha.wasm (e2e-tests' WasiRunner starts it once): the module is
compiled (or loaded from run-wasmtime's cache) once, then instantiated afresh for each request.

Request: one JSON line {"argv": [...], "env": [[name, value]...], "dirs": [[host, guest]...],
"stdin": text or null, "timeout": seconds}. Reply: "STATUS OUTLEN ERRLEN\\n" then stdout's and
stderr's bytes. A run past its timeout is interrupted (wasmtime's epochs) and reports status -2."""
import importlib.machinery
import json
import os
import sys
import tempfile
import threading
import time

here = os.path.dirname(os.path.abspath(__file__))
runner = importlib.machinery.SourceFileLoader("run_wasmtime", os.path.join(here, "run-wasmtime")).load_module()


def main(wasm):
    # Winch, wasmtime's baseline compiler, unless MATCHA_WASMTIME_COMPILER says otherwise: it compiles
    # the module in seconds where Cranelift takes minutes, and the tests check behaviour, not speed
    runner.compiler = os.environ.get("MATCHA_WASMTIME_COMPILER", "winch")
    eng = runner.engine(interruptible=True)
    module = runner.load(eng, wasm, interruptible=True)
    ticks = threading.Event()

    def tick():  # one epoch every 100 ms
        while not ticks.wait(0.1):
            eng.increment_epoch()

    threading.Thread(target=tick, daemon=True).start()
    reply = sys.stdout.buffer
    reply.write(b"ready\n")
    reply.flush()
    for line in sys.stdin:
        req = json.loads(line)
        stdin_path = None
        if req.get("stdin") is not None:
            fd, stdin_path = tempfile.mkstemp(prefix="matcha-stdin")
            with os.fdopen(fd, "wb") as f:
                f.write(req["stdin"].encode("utf-8"))
        try:
            status, out, err, trap = runner.run_captured(
                eng, module, req["argv"], [tuple(e) for e in req.get("env", [])],
                [tuple(d) for d in req.get("dirs", [])], stdin_path,
                deadline_epochs=int(req.get("timeout", 60) * 10))
            if trap is not None:
                # a timeout (epoch deadline) reports -2; any other trap is a crash: -3, message on stderr
                status = -2 if "interrupt" in trap else -3
                err += ("\n[wasm trap] %s\n" % trap).encode()
        finally:
            if stdin_path:
                os.unlink(stdin_path)
        reply.write(b"%d %d %d\n" % (status, len(out), len(err)) + out + err)
        reply.flush()


if __name__ == "__main__":
    runner.on_large_stack(main, sys.argv[1])
