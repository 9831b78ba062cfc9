/*
 * Forced include (-include) for TeaVM's generated C when it is compiled for wasm32-wasi. It steers
 * TeaVM's runtime (definitions.h, memory.c, fiber.c) to the paths that work without POSIX memory
 * mapping, signals and timers, and satisfies wasi-libc's opt-in headers. Generated files are never
 * edited: everything the target needs is here, in include/ and in build-wasm.sh.
 */
#pragma once
/* wasi-libc refuses these headers unless their emulations are asked for (TeaVM includes them). */
#define _WASI_EMULATED_MMAN 1
#define _WASI_EMULATED_SIGNAL 1
#define _WASI_EMULATED_PROCESS_CLOCKS 1
#define _WASI_EMULATED_GETPID 1
/*
 * TeaVM's only malloc-backed heap is its Emscripten branch (memory.c): the heap comes from malloc,
 * fiber.c takes no timers or signals. Its uncommit step calls mprotect, which WASI lacks: a no-op.
 */
#define __EMSCRIPTEN__ 1
#include <sys/mman.h>
#define mprotect(address, size, protection) 0
/* WASI has no permission bits and wasi-libc no chmod (TeaVM's File.setReadOnly calls it). */
#define chmod(path, mode) 0
