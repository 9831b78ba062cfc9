#!/usr/bin/env bash
# target/c (TeaVM's C output) -> target/matcha.wasm, a WASI preview1 command module.
# Called by the exec plugin in pom.xml with the target directory. Every flag and shim of the WASI
# build is here or in src/main/c (see ARCHITECTURE.md, "WASI"):
#   1. the frozen stdlib bundles become C data (matcha_stdlib_size / matcha_stdlib_read: the module
#      copies out only the index and the modules it imports);
#   2. clang 19 compiles TeaVM's all.c for wasm32-wasi as C23 (clang 14, and C17, reject the
#      \u0080-\u009f escapes in TeaVM's string table), with src/main/c/teavm-wasi.h forced in
#      and src/main/c/include (setjmp.h, pwd.h) ahead of the system headers, and
#      src/main/c/teavm-wasi-arrays.h after TeaVM's core.h (array layout on 32-bit), and
#      src/main/c/teavm-wasi-clone.h around TeaVM's Object.c (clone() of primitive arrays), and
#      src/main/c/teavm-wasi-gc.h around TeaVM's GC.c (every collection a full one); and
#      -fwrapv: Java's int and long arithmetic wraps, C's signed overflow is undefined (clang
#      folded Integer.bitCount(-1) to 30), and -fno-strict-aliasing: TeaVM's C reads one memory
#      through many struct types (objects, arrays, classes); setjmp/longjmp are
#      lowered to Wasm exceptions (-mllvm -wasm-enable-sjlj) and run by src/main/c/sjlj.c;
#   3. wasm-ld links with a large stack (deep Java recursion must stay below RecursionError's limit);
#   4. binaryen's wasm-opt rewrites clang's legacy exception instructions to exnref, the form
#      wasmtime accepts (clang 19 cannot emit exnref itself: -wasm-use-legacy-eh=false is LLVM 20's).
#      The module before that step stays as target/matcha-legacy-eh.wasm: Node 20's V8 runs only
#      the legacy form (wasi/run-node.mjs).
set -euo pipefail
target=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
src=$here/src/main/c
out=$target/wasm-build
mkdir -p "$out"

CLANG=${CLANG:-clang-19}
# 64 MiB of native stack: the VM raises RecursionError long before (see WasiRecursionTest)
STACK_BYTES=$((64 << 20))

wasm_opt=$(command -v wasm-opt || true)
if [ -z "$wasm_opt" ]; then
  wasm_opt=$here/node_modules/.bin/wasm-opt
  if [ ! -x "$wasm_opt" ]; then
    echo "build-wasm.sh: installing binaryen (wasm-opt) from npm into wasi/node_modules" >&2
    (cd "$here" && npm install --no-save --no-package-lock --silent binaryen >&2)
  fi
fi
for tool in "$CLANG" wasm-ld-19; do
  command -v "$tool" >/dev/null || {
    echo "build-wasm.sh: $tool is missing (apt-get install clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32)" >&2
    exit 1
  }
done

# 1. stdlib bundles -> C arrays (tier 0 core, tier 1 extended)
python3 - "$target/stdlib" "$out/stdlib-data.c" <<'PY'
import sys, pathlib
folder, dest = pathlib.Path(sys.argv[1]), sys.argv[2]
tiers = ["stdlib-core.bundle", "stdlib-extended.bundle"]
with open(dest, "w") as c:
    c.write("#include <stdint.h>\n#include <string.h>\n")
    for i, name in enumerate(tiers):
        data = (folder / name).read_bytes() if (folder / name).exists() else b""
        c.write(f"static const unsigned char bundle{i}[{len(data) + 1}] = \"")
        c.write("".join("\\%03o" % b for b in data))
        c.write(f"\";\nstatic const int32_t bundle{i}_size = {len(data)};\n")
    c.write("int32_t matcha_stdlib_size(int32_t tier) {\n")
    c.write("    return tier == 0 ? bundle0_size : tier == 1 ? bundle1_size : 0;\n}\n")
    c.write("void matcha_stdlib_read(int32_t tier, int32_t offset, int32_t length, int8_t* out) {\n")
    c.write("    memcpy(out, (tier == 0 ? bundle0 : bundle1) + offset, (size_t) length);\n}\n")
PY

common=(--target=wasm32-wasi -std=gnu2x ${OPT:--O1} -fwrapv -fno-strict-aliasing -mexception-handling -mllvm -wasm-enable-sjlj)

# 2. compile (-O1 by default, OPT=-O2 to change: -O2 of the whole program took over 6 CPU minutes
#    without finishing on the shared build machine): TeaVM's all.c includes every file of all.txt; the same files are compiled here in
#    CHUNKS pieces (one process per core at a time), each a target/wasm-build/chunk-N.c that
#    includes its share with all.c's defines: a single 60 MB unit takes one core far longer
jobs=$(nproc)
chunks=${CHUNKS:-8}
rm -f "$out"/chunk-*.c "$out"/chunk-*.o
python3 - "$target/c" "$out" "$chunks" <<'PY'
import sys
c_dir, out, chunks = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = [line.strip() for line in open(c_dir + "/all.txt") if line.strip()]
size = -(-len(files) // chunks)
for n in range(chunks):
    with open("%s/chunk-%d.c" % (out, n), "w") as f:
        f.write("#define _XOPEN_SOURCE\n#define __USE_XOPEN\n#define _GNU_SOURCE\n")
        f.write('#include "teavm-wasi-arrays.h"\n')  # array layout fix, after core.h (see there)
        for name in files[n * size:(n + 1) * size]:
            if name == "classes/java/lang/Object.c":  # clone() of primitive arrays (see the header)
                f.write('#include "teavm-wasi-clone.h"\n')
            if name == "classes/org/teavm/runtime/GC.c":  # every collection a full one (see the header)
                f.write('#include "teavm-wasi-gc.h"\n')
            f.write('#include "%s/%s"\n' % (c_dir, name))
            if name == "classes/java/lang/Object.c":
                f.write('#undef meth_otr_RuntimeClass_isPrimitive\n')
            if name == "classes/org/teavm/runtime/GC.c":
                f.write('#undef teavm_gc_gcStarted\n')
PY
export CLANG src target
printf '%s\n' "$out"/chunk-*.c | xargs -P "$jobs" -I{} sh -c '"$CLANG" "$@" -w -c {} -o {}.o \
    -include "$src/teavm-wasi.h" -I "$src/include" -iquote "$src" -iquote "$target/c"' _ "${common[@]}"
"$CLANG" "${common[@]}" -c "$src/matcha_wasi.c" -o "$out/matcha_wasi.o"
"$CLANG" "${common[@]}" -c "$src/sjlj.c" -o "$out/sjlj.o"
"$CLANG" --target=wasm32-wasi -c "$out/stdlib-data.c" -o "$out/stdlib-data.o"

# 3. link
"$CLANG" --target=wasm32-wasi -fuse-ld=lld -o "$target/matcha-legacy-eh.wasm" \
    "$out"/chunk-*.c.o "$out/matcha_wasi.o" "$out/sjlj.o" "$out/stdlib-data.o" \
    -lwasi-emulated-mman -lwasi-emulated-signal -lwasi-emulated-process-clocks -lwasi-emulated-getpid \
    -Wl,-z,stack-size=$STACK_BYTES -Wl,--strip-all

# 4. legacy exception instructions -> exnref
"$wasm_opt" --enable-exception-handling --enable-reference-types --enable-mutable-globals --enable-sign-ext \
    --enable-bulk-memory \
    --emit-exnref "$target/matcha-legacy-eh.wasm" -o "$target/matcha.wasm"
ls -l "$target/matcha.wasm" "$target/matcha-legacy-eh.wasm" >&2
