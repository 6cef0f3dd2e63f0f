package org.newstrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one normalisation of sources to outlets: the editable mapping {@code conf/outlets.tsv}
 * (outlet_id, display name, country, language, hosts, source labels) plus the host rules of {@link
 * Hosts}. {@link #outletId} gives every article its {@code outlet_id} from its feed URL, source
 * label and URL, in that order (see the file's header).
 */
public final class Outlets implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The classpath copy of conf/outlets.tsv that runs without an {@code outlets:} key use. */
  public static final String BUILT_IN = "/newstrends/outlets.tsv";

  /** One mapped outlet. */
  public record Outlet(
      String id,
      String displayName,
      String country,
      String language,
      List<String> hosts,
      List<String> labels)
      implements Serializable {}

  private final Map<String, Outlet> byId = new LinkedHashMap<>();
  private final Map<String, String> byHost = new HashMap<>();
  private final Map<String, String> byLabel = new HashMap<>();

  private Outlets(List<Outlet> outlets) {
    for (Outlet o : outlets) {
      if (byId.putIfAbsent(o.id(), o) != null) {
        throw new IllegalArgumentException("outlet id '" + o.id() + "' is listed twice");
      }
      for (String h : o.hosts()) {
        byHost.putIfAbsent(Hosts.normalise(h), o.id());
      }
      for (String l : o.labels()) {
        byLabel.putIfAbsent(labelKey(l), o.id());
      }
    }
  }

  /** The mapping in {@code file}, or the built-in one when {@code file} is null. */
  public static Outlets load(String file) {
    try {
      if (file == null) {
        try (InputStream in = Outlets.class.getResourceAsStream(BUILT_IN)) {
          if (in == null) {
            throw new IllegalStateException(
                "the built-in outlet mapping " + BUILT_IN + " is missing");
          }
          return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        }
      }
      return parse(Files.readString(Path.of(file), StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the outlet mapping " + file, e);
    }
  }

  /** Parses the tab-separated mapping; {@code origin} names it in messages. */
  public static Outlets parse(String text, String origin) {
    List<Outlet> outlets = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException(
            origin
                + ": line "
                + (i + 1)
                + ": expected 6 tab-separated fields (outlet_id, display_name, country, language,"
                + " hosts, labels), got "
                + f.length);
      }
      outlets.add(
          new Outlet(
              f[0].strip(),
              f[1].strip(),
              blankToNull(f[2]),
              blankToNull(f[3]),
              list(f[4]),
              list(f[5])));
    }
    return new Outlets(outlets);
  }

  /** The mapped outlets, in file order. */
  public List<Outlet> outlets() {
    return List.copyOf(byId.values());
  }

  /** The mapped outlet of {@code id}; null when the id was derived, not mapped. */
  public Outlet get(String id) {
    return byId.get(id);
  }

  /**
   * The outlet of an article: by the host of its feed URL, its source label, then its URL's host;
   * unmapped articles get {@code host:HOST} (URL, else feed URL) or {@code label:SLUG}; none of
   * them: {@code unknown}.
   */
  public String outletId(String source, String feedUrl, String url) {
    String feedHost = Hosts.host(feedUrl);
    String id = mappedHost(feedHost);
    if (id == null && source != null) {
      id = byLabel.get(labelKey(source));
    }
    String urlHost = Hosts.host(url);
    if (id == null) {
      id = mappedHost(urlHost);
    }
    if (id == null) {
      id = mappedHost(Hosts.normalise(source));
    }
    if (id != null) {
      return id;
    }
    if (urlHost != null) {
      return "host:" + urlHost;
    }
    if (feedHost != null) {
      return "host:" + feedHost;
    }
    String slug = source == null ? "" : labelKey(source).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "unknown" : "label:" + slug;
  }

  /** The outlet id of a host or of its closest parent domain that is mapped; null if none. */
  private String mappedHost(String host) {
    String h = host;
    while (h != null && h.contains(".")) {
      String id = byHost.get(h);
      if (id != null) {
        return id;
      }
      h = h.substring(h.indexOf('.') + 1);
    }
    return null;
  }

  private static String labelKey(String label) {
    return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    for (String part : field.split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return List.copyOf(out);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
