package org.newstrends.ingest;

import java.net.URI;
import java.util.Locale;

/**
 * The one normalisation of host names every reader uses (feed URLs, article URLs, WARC target
 * URIs): lower case, no {@code www.} (or {@code www2.}...) prefix, no trailing dot, no port, no
 * user info. {@code https://WWW.TheGuardian.com/world} -> {@code theguardian.com}.
 */
public final class Hosts {

  private Hosts() {}

  /** The normalised host of {@code url}; null when it has none or does not parse. */
  public static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    return normalise(host);
  }

  /** A bare host name normalised as in {@link #host}; null when blank. */
  public static String normalise(String host) {
    if (host == null) {
      return null;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    h = h.replaceFirst("^www\\d*\\.", "");
    return h.isEmpty() ? null : h;
  }
}
