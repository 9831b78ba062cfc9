/*
 * The libc calls the WASI host (org.matcha.wasi.Libc) makes through TeaVM's @Import interop.
 * Byte arrays arrive as pointers to their first element; paths are NUL-terminated UTF-8.
 * Calls that can fail return -errno with Linux's errno numbers (HostFileSystem's constants).
 */
#pragma once
#include <stdint.h>

int32_t matcha_write(int32_t fd, int8_t* data, int32_t offset, int32_t length);
int32_t matcha_read(int32_t fd, int8_t* data, int32_t offset, int32_t length);
int32_t matcha_open(int8_t* path, int32_t linuxFlags, int32_t mode);
int64_t matcha_seek(int32_t fd, int64_t offset, int32_t whence);
int32_t matcha_ftruncate(int32_t fd, int64_t length);
int32_t matcha_close(int32_t fd);
int32_t matcha_fstat(int32_t fd, int64_t* out);
int32_t matcha_stat(int8_t* path, int32_t follow, int64_t* out);
int32_t matcha_listdir(int8_t* path, int8_t* out, int32_t capacity);
int32_t matcha_mkdir(int8_t* path, int32_t mode);
int32_t matcha_rmdir(int8_t* path);
int32_t matcha_unlink(int8_t* path);
int32_t matcha_rename(int8_t* from, int8_t* to);
int32_t matcha_utime(int8_t* path, int64_t atimeNanos, int64_t mtimeNanos);
int32_t matcha_readlink(int8_t* path, int8_t* out, int32_t capacity);
int32_t matcha_symlink(int8_t* target, int8_t* link);
int32_t matcha_getcwd(int8_t* out, int32_t capacity);
int32_t matcha_chdir(int8_t* path);
int32_t matcha_isatty(int32_t fd);
int64_t matcha_clock(int32_t monotonic);
void matcha_sleep(int64_t nanos);
int32_t matcha_random(int8_t* out, int32_t length);
int32_t matcha_environ(int8_t* out, int32_t capacity);
void matcha_exit(int32_t status);
int32_t matcha_stdlib_size(int32_t tier);
void matcha_stdlib_read(int32_t tier, int32_t offset, int32_t length, int8_t* out);
