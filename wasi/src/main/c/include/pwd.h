/*
 * wasi-libc has no pwd.h; without this stub clang would find the build machine's glibc header.
 * TeaVM's file.c only asks for the home directory, which WASI does not have.
 */
#pragma once
#include <sys/types.h>
struct passwd {
    char* pw_name;
    char* pw_dir;
};
static inline struct passwd* getpwuid(uid_t uid) {
    (void) uid;
    return 0;
}
static inline uid_t getuid(void) {
    return 0;
}
