/*
 * setjmp/longjmp for code built with clang's `-mllvm -wasm-enable-sjlj` (LLVM 19's scheme;
 * Debian's wasi-libc snapshot predates it and has no setjmp). TeaVM's C uses setjmp for every Java
 * try/catch. LLVM rewrites each function that calls setjmp: it gives each call of that function an
 * identity (the address of a stack slot), records setjmp through __wasm_setjmp, turns longjmp
 * into __wasm_longjmp, which throws a Wasm exception with the __c_longjmp tag, and in its catch
 * asks __wasm_setjmp_test whether the jmp_buf belongs to this very call (then it resumes at the
 * recorded label, else it rethrows to the caller).
 */
#include <stdint.h>

/* What a jmp_buf holds (include/setjmp.h reserves 32 bytes). */
struct jmp_state {
    void* invocation; /* the function call that called setjmp */
    uint32_t label;   /* where in it to resume, chosen by LLVM */
    struct {
        void* env;
        int value;
    } thrown;         /* the exception's payload, read by the catching code */
};

void __wasm_setjmp(void* env, uint32_t label, void* invocation) {
    struct jmp_state* state = env;
    state->invocation = invocation;
    state->label = label;
}

uint32_t __wasm_setjmp_test(void* env, void* invocation) {
    struct jmp_state* state = env;
    return state->invocation == invocation ? state->label : 0;
}

void __wasm_longjmp(void* env, int value) {
    struct jmp_state* state = env;
    state->thrown.env = env;
    state->thrown.value = value == 0 ? 1 : value; /* setjmp never returns 0 after a longjmp */
    __builtin_wasm_throw(1, &state->thrown);
}
