/*
 * Included by every compile unit of build-wasm.sh right after TeaVM's core.h (whose macros it
 * replaces), before any generated file.
 *
 * Where an array's elements start. TeaVM's core.h aligns the *address* of the first element to
 * the element size: ALIGN(array + sizeof(TeaVM_Array), sizeof(type)). Its allocator, GC
 * (object size), System.arraycopy and Object.clone instead use an offset from the array's start,
 * ALIGN(sizeof(TeaVM_Array), size). On 64-bit targets every heap object is 8-byte aligned, so the
 * two agree. On wasm32 objects are only 4-byte aligned (sizes are rounded to sizeof(void*) = 4)
 * and sizeof(TeaVM_Array) is 12: a long[] or double[] at an address that is 4 mod 8 has its
 * elements at offset 12 for the code that reads them, at 16 for arraycopy/clone, and when the
 * compacting GC moves the array to an address of the other parity, every element shifts by 4
 * bytes (dicts lost their keys after the first collection: issue 8). Using the offset form here
 * too makes every piece of the runtime agree, whatever the array's address.
 */
#pragma once
#include "core.h"

#undef TEAVM_ARRAY_DATA
#define TEAVM_ARRAY_DATA(array, type) \
    ((type*) ((char*) (array) + (uintptr_t) TEAVM_ALIGN(sizeof(TeaVM_Array), sizeof(type))))
