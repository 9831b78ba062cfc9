package org.matcha.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The same scenario against the memory and the java.nio file systems: both must give Linux's answers. */
class HostFileSystemTest {
    private static int errnoOf(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (HostFileSystem.FsError e) {
            return e.errno;
        }
    }

    private static void scenario(HostFileSystem fs) {
        fs.mkdir("d", 0755);
        assertEquals(HostFileSystem.EEXIST, errnoOf(() -> fs.mkdir("d", 0755)));
        assertTrue(fs.isDirectory("d"));
        int fd = fs.open("d/a.txt", HostFileSystem.O_WRONLY | HostFileSystem.O_CREAT | HostFileSystem.O_TRUNC, 0666);
        assertTrue(fd >= 3);
        byte[] hello = "hello world".getBytes(StandardCharsets.UTF_8);
        assertEquals(11, fs.write(fd, hello, 0, hello.length));
        assertEquals(5, fs.seek(fd, 5, HostFileSystem.SEEK_SET));
        assertEquals(HostFileSystem.EBADF, errnoOf(() -> fs.read(fd, new byte[4], 0, 4)));
        fs.close(fd);
        assertEquals(HostFileSystem.EBADF, errnoOf(() -> fs.close(fd)));
        assertEquals(11, fs.stat("d/a.txt", true).size());
        assertTrue(fs.stat("d/a.txt", true).isRegular());
        int r = fs.open("d/a.txt", HostFileSystem.O_RDONLY, 0);
        byte[] buf = new byte[20];
        assertEquals(11, fs.read(r, buf, 0, 20));
        assertEquals(0, fs.read(r, buf, 0, 20));
        assertEquals(6, fs.seek(r, -5, HostFileSystem.SEEK_END));
        assertEquals(HostFileSystem.EINVAL, errnoOf(() -> fs.seek(r, -50, HostFileSystem.SEEK_CUR)));
        fs.close(r);
        int a = fs.open("d/a.txt", HostFileSystem.O_WRONLY | HostFileSystem.O_APPEND, 0);
        fs.write(a, "!".getBytes(StandardCharsets.UTF_8), 0, 1);
        fs.truncate(a, 3);
        assertEquals(3, fs.fstat(a).size());
        fs.close(a);
        assertArrayEquals("hel".getBytes(StandardCharsets.UTF_8), fs.readAll("d/a.txt"));
        assertEquals(HostFileSystem.EEXIST, errnoOf(() -> fs.open("d/a.txt",
                HostFileSystem.O_WRONLY | HostFileSystem.O_CREAT | HostFileSystem.O_EXCL, 0666)));
        assertEquals(HostFileSystem.ENOENT, errnoOf(() -> fs.open("d/missing", HostFileSystem.O_RDONLY, 0)));
        assertEquals(HostFileSystem.ENOTDIR, errnoOf(() -> fs.open("d/a.txt/x", HostFileSystem.O_RDONLY, 0)));
        assertEquals(HostFileSystem.EISDIR, errnoOf(() -> fs.open("d", HostFileSystem.O_WRONLY, 0)));
        assertEquals(HostFileSystem.ENOTEMPTY, errnoOf(() -> fs.rmdir("d")));
        assertEquals(HostFileSystem.EISDIR, errnoOf(() -> fs.unlink("d")));
        assertEquals(HostFileSystem.ENOTDIR, errnoOf(() -> fs.rmdir("d/a.txt")));
        assertEquals(HostFileSystem.ENOTDIR, errnoOf(() -> fs.listdir("d/a.txt")));
        fs.rename("d/a.txt", "d/b.txt");
        assertEquals(HostFileSystem.ENOENT, errnoOf(() -> fs.rename("d/a.txt", "d/c.txt")));
        assertEquals(Arrays.asList("b.txt"), Arrays.asList(fs.listdir("d")));
        String before = fs.getcwd();
        fs.chdir("d");
        assertTrue(fs.getcwd().endsWith("/d"));
        assertTrue(fs.exists("b.txt"));
        assertEquals(HostFileSystem.ENOTDIR, errnoOf(() -> fs.chdir("b.txt")));
        fs.chdir("..");
        assertEquals(before, fs.getcwd());
        fs.unlink("d/b.txt");
        assertFalse(fs.exists("d/b.txt"));
        fs.rmdir("d");
        assertEquals(HostFileSystem.ENOENT, errnoOf(() -> fs.rmdir("d")));
        assertEquals(HostFileSystem.ENOENT, errnoOf(() -> fs.stat("", true)));
    }

    @Test
    void memoryFileSystem() {
        MemoryFileSystem fs = new MemoryFileSystem(() -> 0L);
        fs.makeDirs("/work/here");
        fs.chdir("/work/here");
        scenario(fs);
        fs.putFile("/lib/x.py", new byte[] {'1'});
        assertTrue(fs.isFile("/lib/x.py"));
        assertTrue(fs.isDirectory("/lib"));
    }

    @Test
    void nioFileSystem() throws Exception {
        Path dir = Files.createTempDirectory("matcha-fs");
        try {
            scenario(new NioFileSystem(dir.toString()));
        } finally {
            Files.deleteIfExists(dir);
        }
    }
}
