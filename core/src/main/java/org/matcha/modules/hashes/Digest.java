package org.matcha.modules.hashes;

/** A message digest engine written in Java (TeaVM has no java.security.MessageDigest). */
public abstract class Digest {
    public abstract String name();

    public abstract int digestSize();

    public abstract int blockSize();

    public abstract void update(byte[] b, int off, int len);

    /** The digest of everything so far; the engine stays usable. */
    public abstract byte[] digest();

    public abstract Digest copy();
}
