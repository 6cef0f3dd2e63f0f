package org.newstrends.annotate;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The sections an article was published in, for the {@code outside_sections} signal of the context
 * rules ({@link ContextRule}): its {@code section} field and the folders of its URL's path, each as
 * a slug (lower case, every run of other characters than letters and digits one hyphen). The URL's
 * last path segment is the article's own slug or id and is left out, as are segments with a digit
 * or a month's abbreviation (dates, ids); a host of three labels or more adds its first one unless
 * it is {@code www}, {@code m}, {@code amp} or {@code edition}. So {@code
 * https://www.bbc.co.uk/sport/football/64137981} is {@code sport, football}; {@code
 * https://www.theguardian.com/football/2023/jan/01/slug} is {@code football}; {@code
 * https://sports.yahoo.com/slug.html} is {@code sports}; a text dump's header section {@code WORLD}
 * is {@code world}. A URL that does not parse adds nothing. An article's sections are worked out on
 * first use ({@link #slugs}): most articles have no alias whose rule asks for them.
 */
public final class ArticleSections {

  /** An article with neither a section nor a URL (shared: its sections are known up front). */
  public static final ArticleSections NONE = new ArticleSections(null, null);

  private static final Set<String> PLAIN_HOST_LABELS = Set.of("www", "m", "amp", "edition");

  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  /** Months in a URL's date folders ({@code /football/2023/jan/01/slug}): no section. */
  private static final Set<String> MONTHS =
      Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private final String section;
  private final String url;
  private Set<String> slugs;
  private Set<String> pageWords;

  /** The sections of an article with {@code section} and {@code url}, either of them null. */
  public ArticleSections(String section, String url) {
    this.section = section;
    this.url = url;
    this.slugs = section == null && url == null ? Set.of() : null;
    this.pageWords = url == null ? Set.of() : null;
  }

  /** The sections, as slugs. */
  public Set<String> slugs() {
    if (slugs == null) {
      slugs = of(section, url);
    }
    return slugs;
  }

  /**
   * The words of the URL's last path segment, the article's own slug, in lower case ({@code
   * https://www.theguardian.com/film/2023/jun/13/black-lotus-review-kickboxer-thriller} gives
   * {@code black, lotus, review, kickboxer, thriller}); none without a URL or when it does not
   * parse. Worked out on first use, as {@link #slugs}.
   */
  public Set<String> pageWords() {
    if (pageWords == null) {
      pageWords = pageWordsOf(url);
    }
    return pageWords;
  }

  static Set<String> pageWordsOf(String url) {
    if (url == null || url.isBlank()) {
      return Set.of();
    }
    String path;
    try {
      path = URI.create(url.strip()).getPath();
    } catch (IllegalArgumentException e) {
      return Set.of();
    }
    if (path == null) {
      return Set.of();
    }
    String[] segments = path.split("/");
    int last = segments.length - 1;
    while (last >= 0 && segments[last].isEmpty()) {
      last--;
    }
    if (last < 0) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>();
    for (String word : slug(segments[last]).split("-")) {
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return Set.copyOf(out);
  }

  /** The sections of an article with {@code section} and {@code url}, either of them null. */
  public static Set<String> of(String section, String url) {
    Set<String> out = new TreeSet<>();
    if (section != null) {
      for (String part : section.split("[/|>,;]")) {
        add(out, part);
      }
    }
    if (url != null && !url.isBlank()) {
      URI uri;
      try {
        uri = URI.create(url.strip());
      } catch (IllegalArgumentException e) {
        return Set.copyOf(out);
      }
      String path = uri.getPath();
      if (path != null) {
        String[] segments = path.split("/");
        int last = segments.length - 1;
        while (last >= 0 && segments[last].isEmpty()) {
          last--;
        }
        for (int i = 0; i < last; i++) {
          if (segments[i].chars().noneMatch(Character::isDigit)
              && !MONTHS.contains(segments[i].toLowerCase(Locale.ROOT))) {
            add(out, segments[i]);
          }
        }
      }
      String host = uri.getHost();
      if (host != null) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length >= 3 && !PLAIN_HOST_LABELS.contains(labels[0])) {
          add(out, labels[0]);
        }
      }
    }
    return Set.copyOf(out);
  }

  /** {@code text} as a section slug. */
  static String slug(String text) {
    String dashed = NON_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGE_DASHES.matcher(dashed).replaceAll("");
  }

  private static void add(Set<String> out, String text) {
    String s = slug(text);
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
