/*
 * Included by build-wasm.sh right before TeaVM's generated org/teavm/runtime/GC.c (and undone after).
 *
 * TeaVM's young (generational) collection breaks on wasm32: a loop that only makes garbage ended in
 * an out-of-bounds access inside GC.sweep/defragment (WasiCommandLineTest.shortLivedGarbageIsCollected).
 * The full collection is sound (wasi13: with every collection made full, both reproducers pass), so
 * every collection starts as TeaVM's own triggerFullGC() would: GC.doCollectGarbage first reports
 * the start through teavm_gc_gcStarted(isFullGC), and reads isFullGC only after that call. Which
 * 32-bit assumption of the young path fails is not known yet (README, "The WASI build").
 */
#include "heaptrace.h"
#include "classes/org/teavm/runtime/GC.h"
#define teavm_gc_gcStarted(isFull) (meth_otr_GC_triggerFullGC(), teavm_gc_gcStarted(1))
