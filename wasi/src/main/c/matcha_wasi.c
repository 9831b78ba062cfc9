/*
 * The host side of org.matcha.wasi.Libc: thin wrappers over wasi-libc (which resolves paths
 * against the preopened directories and keeps the current directory). Each returns Linux errno
 * numbers, negated, because wasi-libc's own numbering differs (ENOENT is 44 there, 2 on Linux).
 */
#include "matcha_wasi.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* wasi-libc errno -> Linux errno, for the values HostFileSystem names; anything else is EIO. */
static int32_t linux_errno(int e) {
    switch (e) {
        case EPERM: return 1;
        case ENOENT: return 2;
        case EBADF: return 9;
        case EAGAIN: return 11;
        case ENOMEM: return 12;
        case EACCES: return 13;
        case EBUSY: return 16;
        case EEXIST: return 17;
        case EXDEV: return 18;
        case ENOTDIR: return 20;
        case EISDIR: return 21;
        case EINVAL: return 22;
        case EMFILE: return 24;
        case ENOTTY: return 25;
        case EFBIG: return 27;
        case ENOSPC: return 28;
        case ESPIPE: return 29;
        case EROFS: return 30;
        case ENAMETOOLONG: return 36;
        case ENOSYS: return 38;
        case ENOTEMPTY: return 39;
        case ELOOP: return 40;
        case EOPNOTSUPP: return 95;
        /* a path outside every preopened directory: the sandbox refuses it, as EACCES would */
        case ENOTCAPABLE: return 13;
        default: return 5;
    }
}

#define FAIL() return -linux_errno(errno)

/* Linux refuses an empty path with ENOENT in every call; wasi-libc resolves it as the current folder. */
#define NO_EMPTY_PATH(p) if (((const char*) (p))[0] == 0) return -2

int32_t matcha_write(int32_t fd, int8_t* data, int32_t offset, int32_t length) {
    ssize_t n = write(fd, data + offset, (size_t) length);
    if (n < 0) FAIL();
    return (int32_t) n;
}

int32_t matcha_read(int32_t fd, int8_t* data, int32_t offset, int32_t length) {
    ssize_t n = read(fd, data + offset, (size_t) length);
    if (n < 0) FAIL();
    return (int32_t) n;
}

int32_t matcha_open(int8_t* path, int32_t linuxFlags, int32_t mode) {
    NO_EMPTY_PATH(path);
    int flags;
    switch (linuxFlags & 3) {
        case 1: flags = O_WRONLY; break;
        case 2: flags = O_RDWR; break;
        default: flags = O_RDONLY; break;
    }
    if (linuxFlags & 0x40) flags |= O_CREAT;
    if (linuxFlags & 0x80) flags |= O_EXCL;
    if (linuxFlags & 0x200) flags |= O_TRUNC;
    if (linuxFlags & 0x400) flags |= O_APPEND;
    if (linuxFlags & 0x800) flags |= O_NONBLOCK;
    if (linuxFlags & 0x10000) flags |= O_DIRECTORY;
    if (linuxFlags & 0x20000) flags |= O_NOFOLLOW;
    int fd = open((const char*) path, flags, mode);
    if (fd < 0) FAIL();
    return fd;
}

int64_t matcha_seek(int32_t fd, int64_t offset, int32_t whence) {
    off_t r = lseek(fd, offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    if (r < 0) FAIL();
    return r;
}

int32_t matcha_ftruncate(int32_t fd, int64_t length) {
    if (ftruncate(fd, length) < 0) FAIL();
    return 0;
}

int32_t matcha_close(int32_t fd) {
    if (close(fd) < 0) FAIL();
    return 0;
}

static int64_t nanos(struct timespec t) {
    return (int64_t) t.tv_sec * 1000000000 + t.tv_nsec;
}

/*
 * out: mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime (os.stat_result's order). WASI
 * has no permission bits: files report 0644 and directories 0755, as a plain Linux umask gives.
 */
static void fill_stat(struct stat* st, int64_t* out) {
    int32_t type = S_ISDIR(st->st_mode) ? 0x4000 : S_ISLNK(st->st_mode) ? 0xA000
            : S_ISCHR(st->st_mode) ? 0x2000 : 0x8000;
    out[0] = type | (type == 0x4000 ? 0755 : 0644);
    out[1] = (int64_t) st->st_ino;
    out[2] = (int64_t) st->st_dev;
    out[3] = (int64_t) st->st_nlink;
    out[4] = 0;
    out[5] = 0;
    out[6] = (int64_t) st->st_size;
    out[7] = nanos(st->st_atim);
    out[8] = nanos(st->st_mtim);
    out[9] = nanos(st->st_ctim);
}

int32_t matcha_fstat(int32_t fd, int64_t* out) {
    struct stat st;
    if (fstat(fd, &st) < 0) FAIL();
    fill_stat(&st, out);
    return 0;
}

int32_t matcha_stat(int8_t* path, int32_t follow, int64_t* out) {
    NO_EMPTY_PATH(path);
    struct stat st;
    if ((follow ? stat((const char*) path, &st) : lstat((const char*) path, &st)) < 0) FAIL();
    fill_stat(&st, out);
    return 0;
}

/* The names in a directory, each followed by a NUL; returns the bytes needed (more than capacity: call again). */
int32_t matcha_listdir(int8_t* path, int8_t* out, int32_t capacity) {
    NO_EMPTY_PATH(path);
    DIR* dir = opendir((const char*) path);
    if (dir == NULL) FAIL();
    int32_t used = 0;
    struct dirent* entry;
    while ((entry = readdir(dir)) != NULL) {
        const char* name = entry->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
        int32_t n = (int32_t) strlen(name) + 1;
        if (used + n <= capacity) memcpy(out + used, name, (size_t) n);
        used += n;
    }
    closedir(dir);
    return used;
}

int32_t matcha_mkdir(int8_t* path, int32_t mode) {
    NO_EMPTY_PATH(path);
    if (mkdir((const char*) path, (mode_t) mode) < 0) FAIL();
    return 0;
}

int32_t matcha_rmdir(int8_t* path) {
    NO_EMPTY_PATH(path);
    if (rmdir((const char*) path) < 0) FAIL();
    return 0;
}

int32_t matcha_unlink(int8_t* path) {
    NO_EMPTY_PATH(path);
    if (unlink((const char*) path) < 0) FAIL();
    return 0;
}

int32_t matcha_rename(int8_t* from, int8_t* to) {
    NO_EMPTY_PATH(from);
    NO_EMPTY_PATH(to);
    if (rename((const char*) from, (const char*) to) < 0) FAIL();
    return 0;
}

int32_t matcha_utime(int8_t* path, int64_t atimeNanos, int64_t mtimeNanos) {
    NO_EMPTY_PATH(path);
    struct timespec times[2] = {
        {atimeNanos / 1000000000, atimeNanos % 1000000000},
        {mtimeNanos / 1000000000, mtimeNanos % 1000000000},
    };
    if (utimensat(AT_FDCWD, (const char*) path, times, 0) < 0) FAIL();
    return 0;
}

int32_t matcha_readlink(int8_t* path, int8_t* out, int32_t capacity) {
    NO_EMPTY_PATH(path);
    ssize_t n = readlink((const char*) path, (char*) out, (size_t) capacity);
    if (n < 0) FAIL();
    return (int32_t) n;
}

int32_t matcha_symlink(int8_t* target, int8_t* link) {
    NO_EMPTY_PATH(target);
    NO_EMPTY_PATH(link);
    if (symlink((const char*) target, (const char*) link) < 0) FAIL();
    return 0;
}

int32_t matcha_getcwd(int8_t* out, int32_t capacity) {
    if (getcwd((char*) out, (size_t) capacity) == NULL) FAIL();
    return (int32_t) strlen((const char*) out);
}

int32_t matcha_chdir(int8_t* path) {
    NO_EMPTY_PATH(path);
    if (chdir((const char*) path) < 0) FAIL();
    return 0;
}

int32_t matcha_isatty(int32_t fd) {
    return isatty(fd);
}

int64_t matcha_clock(int32_t monotonic) {
    struct timespec t;
    clock_gettime(monotonic ? CLOCK_MONOTONIC : CLOCK_REALTIME, &t);
    return nanos(t);
}

void matcha_sleep(int64_t nanoseconds) {
    struct timespec t = {nanoseconds / 1000000000, nanoseconds % 1000000000};
    nanosleep(&t, NULL);
}

/* random_get through getentropy, which takes at most 256 bytes a call. */
int32_t matcha_random(int8_t* out, int32_t length) {
    for (int32_t done = 0; done < length; done += 256) {
        int32_t n = length - done < 256 ? length - done : 256;
        if (getentropy(out + done, (size_t) n) < 0) FAIL();
    }
    return 0;
}

extern char** environ;

/* "NAME=value" entries, each followed by a NUL; returns the bytes needed (as matcha_listdir). */
int32_t matcha_environ(int8_t* out, int32_t capacity) {
    int32_t used = 0;
    for (char** e = environ; e != NULL && *e != NULL; e++) {
        int32_t n = (int32_t) strlen(*e) + 1;
        if (used + n <= capacity) memcpy(out + used, *e, (size_t) n);
        used += n;
    }
    return used;
}

void matcha_exit(int32_t status) {
    exit(status);
}
