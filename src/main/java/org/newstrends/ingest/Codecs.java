package org.newstrends.ingest;

import org.apache.hadoop.conf.Configuration;
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
}
