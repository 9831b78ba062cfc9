package org.matcha.modules.zlib;

/** The caller-visible half of zlib's z_stream: input and output windows, totals and messages. */
public class ZStream {
    public byte[] in = new byte[0];
    public int nextIn;
    public int availIn;
    public byte[] out = new byte[0];
    public int nextOut;
    public int availOut;
    public long totalIn;
    public long totalOut;
    /** The running Adler-32 or CRC-32 of the data (zlib's strm->adler). */
    public int adler;
    /** zlib's strm->msg: null, or the reason for the last error. */
    public String msg;

    public void setInput(byte[] data, int off, int len) {
        in = data;
        nextIn = off;
        availIn = len;
    }

    public void setOutput(byte[] buf, int off, int len) {
        out = buf;
        nextOut = off;
        availOut = len;
    }

    void copyStreamTo(ZStream d) {
        d.in = in;
        d.nextIn = nextIn;
        d.availIn = availIn;
        d.out = out;
        d.nextOut = nextOut;
        d.availOut = availOut;
        d.totalIn = totalIn;
        d.totalOut = totalOut;
        d.adler = adler;
        d.msg = msg;
    }
}
