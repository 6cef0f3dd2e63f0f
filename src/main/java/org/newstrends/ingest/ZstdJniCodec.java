package org.newstrends.ingest;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionInputStream;
import org.apache.hadoop.io.compress.CompressionOutputStream;
import org.apache.hadoop.io.compress.Compressor;
import org.apache.hadoop.io.compress.Decompressor;

/**
 * A Hadoop codec for {@code .zst} files on zstd-jni (which Spark ships), because Hadoop's own
 * {@code ZStandardCodec} needs a libhadoop built with zstd and fails without it ("native zStandard
 * library not available"). Not splittable: one task reads a whole file. Registered for the {@code
 * .zst} suffix by {@link Codecs#register}.
 */
public final class ZstdJniCodec implements CompressionCodec {

  @Override
  public CompressionOutputStream createOutputStream(OutputStream out) throws IOException {
    ZstdOutputStream zstd = new ZstdOutputStream(out);
    return new CompressionOutputStream(zstd) {
      @Override
      public void write(int b) throws IOException {
        zstd.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        zstd.write(b, off, len);
      }

      @Override
      public void finish() throws IOException {
        zstd.flush();
      }

      @Override
      public void resetState() {}
    };
  }

  @Override
  public CompressionOutputStream createOutputStream(OutputStream out, Compressor compressor)
      throws IOException {
    return createOutputStream(out);
  }

  @Override
  public Class<? extends Compressor> getCompressorType() {
    return null;
  }

  @Override
  public Compressor createCompressor() {
    return null;
  }

  @Override
  public CompressionInputStream createInputStream(InputStream in) throws IOException {
    ZstdInputStream zstd = new ZstdInputStream(in);
    return new CompressionInputStream(in) {
      @Override
      public int read() throws IOException {
        return zstd.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return zstd.read(b, off, len);
      }

      @Override
      public void resetState() {}

      @Override
      public void close() throws IOException {
        zstd.close();
      }
    };
  }

  @Override
  public CompressionInputStream createInputStream(InputStream in, Decompressor decompressor)
      throws IOException {
    return createInputStream(in);
  }

  @Override
  public Class<? extends Decompressor> getDecompressorType() {
    return null;
  }

  @Override
  public Decompressor createDecompressor() {
    return null;
  }

  @Override
  public String getDefaultExtension() {
    return ".zst";
  }
}
