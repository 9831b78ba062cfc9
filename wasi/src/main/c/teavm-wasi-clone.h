/*
 * Included by build-wasm.sh right before TeaVM's generated java/lang/Object.c (and undone after it).
 *
 * TeaVM 0.16's Object.cloneLowLevel sizes an array's elements with RuntimeClass.isPrimitive(cls)
 * of the *array* class, whose flags never say primitive, where the allocator, GC and arraycopy ask
 * it of the item type. So clone() of any primitive array copied sizeof(void*) bytes per element:
 * on wasm32 half of a long[]/double[] (sha3 state copies, double-double range reduction) and four
 * times too much of a byte[]/char[] (past the end of the copy). Within Object.c, the one call of
 * isPrimitive is that one: it is given the item type here.
 */
#include "classes/org/teavm/runtime/RuntimeClass.h"
#define meth_otr_RuntimeClass_isPrimitive(cls) \
    meth_otr_RuntimeClass_isPrimitive(TEAVM_FIELD((cls), TeaVM_Class, itemType))
