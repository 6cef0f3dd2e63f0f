package org.newstrends.ingest;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/** Compression codecs by file suffix: Hadoop's (gzip, bzip2, ...) plus {@link ZstdJniCodec}. */
final class Codecs {

  static final String KEY = "io.compression.codecs";

  private Codecs() {}

  /**
   * Adds {@link ZstdJniCodec} to a configuration. Codecs named here come after the service-loaded
   * ones, so it takes the {@code .zst} suffix from Hadoop's native-only {@code ZStandardCodec}.
   */
  static Configuration register(Configuration conf) {
    String codecs = conf.get(KEY, "");
    if (!codecs.contains(ZstdJniCodec.class.getName())) {
      conf.set(KEY, (codecs.isBlank() ? "" : codecs + ",") + ZstdJniCodec.class.getName());
    }
    return conf;
  }

  static CompressionCodecFactory factory(Configuration conf) {
    return new CompressionCodecFactory(register(conf));
  }

  /**
   * The codec of a file, failing for the suffixes Hadoop claims but newstrends cannot read:
   * Hadoop's LZ4 and Snappy codecs read Hadoop's own block format, not the frames the {@code lz4}
   * and {@code snappy} tools write, and decode those to nothing without an error (a 200-line {@code
   * .jsonl.lz4} was read as an empty file). Null for an uncompressed file.
   */
  static CompressionCodec readable(CompressionCodecFactory factory, Path file) throws IOException {
    CompressionCodec codec = factory.getCodec(file);
    if (codec != null && NOT_READ.contains(codec.getClass().getSimpleName())) {
      throw new IOException(
          "files ending in '"
              + codec.getDefaultExtension()
              + "' are not read (Hadoop's codec for them does not read what the command-line tools"
              + " write); decompress the file, or recompress it with gzip, bzip2 or zstd");
    }
    return codec;
  }

  private static final java.util.Set<String> NOT_READ = java.util.Set.of("Lz4Codec", "SnappyCodec");
}
