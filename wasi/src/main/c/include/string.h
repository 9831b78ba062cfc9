/*
 * wasi-libc's string.h, plus one fix for TeaVM's arrayclass.c, the only file that defines
 * TEAVM_OBJECT_CLASS (in arrayclass_gen.h) and includes string.h after it.
 *
 * arrayclass.c makes array classes at run time in a static pool of TEAVM_OBJECT_CLASS
 * (java.lang.Object's vtable struct). Object headers hold a class as (address - base) >> 3, so
 * every class must be 8-byte aligned; on wasm32 that struct is 124 bytes, so every second pool
 * entry was 4 mod 8 and a call through its vtable jumped to the wrong slot ("null function": the
 * String[] made in UTF8Charset's initialiser once main's code made another array class first).
 * Here the pool's element becomes a union with an int64_t: same layout, 8-byte aligned, size
 * rounded up to 128. No include guard on purpose: it must run again after arrayclass_gen.h.
 */
#include_next <string.h>
#if defined(TEAVM_OBJECT_CLASS) && !defined(MATCHA_ALIGNED_OBJECT_CLASS)
#define MATCHA_ALIGNED_OBJECT_CLASS 1
#include <stdint.h>
typedef union {
    TEAVM_OBJECT_CLASS vtable;
    TeaVM_Class parent;
    int64_t align8;
} matcha_aligned_object_class;
#undef TEAVM_OBJECT_CLASS
#define TEAVM_OBJECT_CLASS matcha_aligned_object_class
#endif
