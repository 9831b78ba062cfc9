/*
 * wasi-libc (Debian's 2022 snapshot) has no setjmp.h. clang's -mllvm -wasm-enable-sjlj lowers
 * calls to these two functions itself (see ../sjlj.c, whose struct jmp_state fits in jmp_buf).
 */
#pragma once
typedef void* jmp_buf[8];
int setjmp(jmp_buf env);
_Noreturn void longjmp(jmp_buf env, int value);
