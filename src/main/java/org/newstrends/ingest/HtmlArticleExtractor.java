package org.newstrends.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a news page's HTML into title, publication date, authors, standfirst, body paragraphs and
 * sub-headings, language and outlet name. Pure Java (jsoup), no Spark.
 *
 * <p>Order of preference for each field: JSON-LD ({@code NewsArticle}, {@code Article}, ...), then
 * OpenGraph and other meta tags (parsely, sailthru, Dublin Core), then the page itself. The body is
 * taken from the page's paragraphs inside the main content block (a marked article body if there is
 * one, otherwise the block with the densest paragraph text), after dropping navigation, asides,
 * footers, scripts, figures and captions, share widgets, newsletter boxes and related-link lists;
 * JSON-LD {@code articleBody} is used when the page yields clearly less text.
 */
public final class HtmlArticleExtractor {

  /** What was found on a page; missing fields are {@code null} (lists empty). */
  public record Extracted(
      String title,
      LocalDate publishedDate,
      Instant publishedAt,
      List<String> authors,
      String lede,
      List<String> paragraphs,
      List<String> subheadings,
      String language,
      String source) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "blogposting",
          "liveblogposting",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "socialmediaposting",
          "report",
          "techarticle",
          "scholarlyarticle",
          "webpage");

  /** Elements that are never article text. */
  private static final String DROP_TAGS =
      "script, style, noscript, template, nav, aside, footer, figure, figcaption, form, button,"
          + " iframe, svg, select, input, textarea, dialog, [hidden], [aria-hidden=true]";

  /** Class or id words of boilerplate blocks. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)(^|[-_\\s])(share|sharing|social|related|recommend\\w*|newsletter|promo|"
              + "advert\\w*|ad|ads|adslot|comments?|outbrain|taboola|subscribe|subscription|"
              + "byline|caption|credit|breadcrumbs?|tags|sidebar|popup|modal|cookie\\w*|"
              + "more-?stories|read-?more|trending|most-?popular|signup|disclaimer|"
              + "author-?bio|recirc\\w*|teaser|toolbar|skip)($|[-_\\s])");

  /** Class, id or itemprop of blocks that hold the article body. */
  private static final Pattern BODY_MARK =
      Pattern.compile(
          "(?i)(articlebody|article-body|article__body|article_body|story-body|storybody|"
              + "entry-content|post-content|article-content|article__content|body-text|"
              + "story-content|richtextstorybody|caas-body|content-body|article-text|"
              + "paywall-content|rich-text|articlecontent|story__body|main-content-body)");

  /** Elements that hold one paragraph or sub-heading each. */
  private static final String PARAGRAPHS =
      "p, h2, h3, h4, li, blockquote:not(:has(p)), div[data-testid^=paragraph]:not(:has(p)),"
          + " div[class*=paragraph]:not(:has(p, div))";

  private static final Pattern DATE =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*"
              + "(Z|[+-]\\d{2}:?\\d{2})?)?");

  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("\\s+[|\\u2013\\u2014-]\\s+[^|\\u2013\\u2014]{2,40}$");

  private HtmlArticleExtractor() {}

  /** Extracts the fields of one page; {@code url} may be {@code null}. */
  public static Extracted extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    JsonNode ld = jsonLdArticle(doc);

    String title =
        firstNonBlank(
            text(ld, "headline"),
            meta(doc, "og:title"),
            meta(doc, "parsely-title"),
            meta(doc, "sailthru.title"),
            meta(doc, "twitter:title"),
            doc.title());
    title = cleanTitle(title, doc);

    String dateText =
        firstNonBlank(
            text(ld, "datePublished"),
            meta(doc, "article:published_time"),
            meta(doc, "parsely-pub-date"),
            meta(doc, "sailthru.date"),
            meta(doc, "og:article:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "dc.date"),
            meta(doc, "dcterms.created"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            meta(doc, "publish-date"),
            attr(doc, "[itemprop=datePublished]", "content"),
            attr(doc, "[itemprop=datePublished]", "datetime"),
            attr(doc, "time[datetime]", "datetime"),
            text(ld, "dateCreated"));
    LocalDate date = null;
    Instant at = null;
    if (dateText != null) {
      Matcher m = DATE.matcher(dateText);
      if (m.find()) {
        try {
          date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
          if (m.group(4) != null) {
            LocalDateTime local =
                LocalDateTime.of(
                    date,
                    java.time.LocalTime.of(
                        num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6)));
            ZoneOffset offset = m.group(7) == null ? ZoneOffset.UTC : offset(m.group(7));
            at = local.toInstant(offset);
          }
        } catch (RuntimeException e) {
          date = null;
          at = null;
        }
      }
    }

    List<String> authors = authors(ld, doc);
    String lede =
        firstNonBlank(
            meta(doc, "og:description"), meta(doc, "description"), text(ld, "description"));

    List<String> paragraphs = new ArrayList<>();
    List<String> subheadings = new ArrayList<>();
    body(doc, title, paragraphs, subheadings);
    String ldBody = text(ld, "articleBody");
    if (ldBody != null && words(ldBody) > 1.3 * words(String.join(" ", paragraphs)) + 20) {
      paragraphs.clear();
      subheadings.clear();
      for (String p : ldBody.split("\\s*\\n\\s*")) {
        String clean = Jsoup.parse(p).text().strip();
        if (!clean.isEmpty()) {
          paragraphs.add(clean);
        }
      }
    }

    String language =
        firstNonBlank(
            doc.select("html[lang]").attr("lang"),
            text(ld, "inLanguage"),
            meta(doc, "og:locale"),
            attr(doc, "meta[http-equiv=content-language]", "content"));
    if (language != null) {
      language = language.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
      if (!language.matches("[a-z]{2,3}")) {
        language = null;
      }
    }

    String source =
        firstNonBlank(
            meta(doc, "og:site_name"),
            ld == null ? null : text(ld.path("publisher"), "name"),
            host(url));

    return new Extracted(title, date, at, authors, lede, paragraphs, subheadings, language, source);
  }

  // ---- JSON-LD -----------------------------------------------------------------------------

  /**
   * The page's JSON-LD article: among nodes of an article type (in document order), the first whose
   * headline is also the page's h1 or og:title (pages often embed related articles too), else the
   * first with a headline, else the first.
   */
  private static JsonNode jsonLdArticle(Document doc) {
    List<JsonNode> articles = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data().strip());
      } catch (Exception e) {
        continue;
      }
      List<JsonNode> nodes = new ArrayList<>();
      flatten(root, nodes, 0);
      for (JsonNode node : nodes) {
        String type = typeOf(node);
        if (type != null && ARTICLE_TYPES.contains(type) && !"webpage".equals(type)) {
          articles.add(node);
        }
      }
    }
    Element h1 = doc.selectFirst("h1");
    Set<String> onPage = new java.util.HashSet<>();
    if (h1 != null) {
      onPage.add(h1.text().strip());
    }
    String og = meta(doc, "og:title");
    if (og != null) {
      onPage.add(og);
    }
    for (JsonNode node : articles) {
      String headline = text(node, "headline");
      if (headline != null && onPage.contains(headline)) {
        return node;
      }
    }
    for (JsonNode node : articles) {
      if (text(node, "headline") != null) {
        return node;
      }
    }
    return articles.isEmpty() ? null : articles.get(0);
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      flatten(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static String typeOf(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return null;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        String name = t.asText().toLowerCase(Locale.ROOT);
        if (ARTICLE_TYPES.contains(name) && !"webpage".equals(name)) {
          return name;
        }
      }
      return type.isEmpty() ? null : type.get(0).asText().toLowerCase(Locale.ROOT);
    }
    return type.asText().toLowerCase(Locale.ROOT);
  }

  private static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      value = value.isEmpty() ? null : value.get(0);
    }
    if (value == null || value.isContainerNode()) {
      return null;
    }
    String s = Jsoup.parse(value.asText()).text().strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> authors(JsonNode ld, Document doc) {
    Set<String> names = new LinkedHashSet<>();
    if (ld != null && ld.has("author")) {
      JsonNode author = ld.get("author");
      List<JsonNode> list = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(list::add);
      } else {
        list.add(author);
      }
      for (JsonNode a : list) {
        String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
        addNames(names, name);
      }
    }
    if (names.isEmpty()) {
      for (String key :
          List.of("author", "parsely-author", "sailthru.author", "article:author", "dc.creator")) {
        for (Element m : doc.select("meta[name=" + key + "], meta[property=" + key + "]")) {
          addNames(names, m.attr("content"));
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static void addNames(Set<String> names, String value) {
    if (value == null || value.isBlank() || value.startsWith("http")) {
      return;
    }
    for (String part : value.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
      String name = part.replaceFirst("(?i)^by\\s+", "").strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
  }

  // ---- meta --------------------------------------------------------------------------------

  private static String meta(Document doc, String key) {
    for (Element m :
        doc.select(
            "meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]")) {
      String content = m.attr("content").strip();
      if (!content.isEmpty()) {
        return Jsoup.parse(content).text().strip();
      }
    }
    return null;
  }

  private static String attr(Document doc, String selector, String attribute) {
    for (Element e : doc.select(selector)) {
      String v = e.attr(attribute).strip();
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  /** Drops a trailing " | Outlet" from a title when the page's h1 or site name shows it is one. */
  private static String cleanTitle(String title, Document doc) {
    if (title == null) {
      return null;
    }
    title = title.strip();
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? "" : h1.text().strip();
    if (!h1Text.isEmpty() && title.startsWith(h1Text) && title.length() > h1Text.length()) {
      return h1Text;
    }
    Matcher m = TITLE_SUFFIX.matcher(title);
    if (m.find()) {
      String site = meta(doc, "og:site_name");
      String suffix = m.group().replaceFirst("^\\s+[|\\u2013\\u2014-]\\s+", "");
      if (site != null
          && (suffix.equalsIgnoreCase(site) || suffix.contains(site) || site.contains(suffix))) {
        return title.substring(0, m.start()).strip();
      }
    }
    return title;
  }

  // ---- body --------------------------------------------------------------------------------

  private static void body(
      Document doc, String title, List<String> paragraphs, List<String> subheadings) {
    Element root = doc.body() == null ? doc : doc.body();
    root.select(DROP_TAGS).remove();
    // A block named like boilerplate that holds much of the page's prose is a wrapper
    // ("post-share-container" around the whole story): keep it. Removing a block changes no
    // later block's prose (in document order a later block is never an ancestor of an earlier
    // one), so the lengths measured before the loop hold for every block still attached.
    Map<Element, Integer> prose = proseLengths(root);
    int totalProse = prose.get(root);
    for (Element e : root.select("[class], [id]")) {
      if (e.parent() != null && isBoilerplate(e) && prose.get(e) < 0.3 * totalProse) {
        e.remove();
      }
    }
    prose = proseLengths(root);
    totalProse = prose.get(root);
    List<Element> containers = markedBodies(root, prose);
    Element best = densest(root);
    // Pages that wrap every paragraph in its own block: climb to the block holding most prose.
    while (best != null
        && best.parent() != null
        && best != root
        && prose.get(best) < 0.6 * totalProse) {
      best = best.parent();
    }
    int marked = 0;
    for (Element c : containers) {
      marked += prose.get(c);
    }
    // A marked body holding far less prose than the densest block is a teaser or a fragment.
    if (containers.isEmpty() || (best != null && marked < 0.5 * prose.get(best))) {
      if (best == null) {
        return;
      }
      containers = List.of(best);
    }
    Set<String> seen = new LinkedHashSet<>();
    Map<Element, Boolean> proseLists = new IdentityHashMap<>();
    for (Element container : containers) {
      for (Element e : container.select(PARAGRAPHS)) {
        if (e.tagName().equals("li") && (e.selectFirst("p") != null || !inProse(e, proseLists))) {
          continue;
        }
        if (!e.tagName().equals("li")
            && e.closest("li") != null
            && e.closest("li") != container
            && container.closest("li") == null) {
          continue;
        }
        String text = e.text().strip();
        if (text.isEmpty() || text.equals(title) || !seen.add(e.tagName() + text)) {
          continue;
        }
        if (e.tagName().matches("h[234]")) {
          if (text.length() < 200) {
            subheadings.add(text);
            paragraphs.add(text);
          }
        } else {
          paragraphs.add(text);
        }
      }
    }
    // Sub-headings are kept as their own list; the body holds prose paragraphs only.
    Set<String> headings = new HashSet<>(subheadings); // a list's contains() was quadratic
    paragraphs.removeIf(p -> p.length() < 200 && headings.contains(p));
  }

  /**
   * Whether a list item belongs to a prose list: one with over 200 chars of text, less than half of
   * it link text. Measured once per list and kept in {@code proseLists}, not once per item: a page
   * with one flat list of n items measured the whole list n times (20,000 items took 2 minutes,
   * 50,000 items 13 minutes).
   */
  private static boolean inProse(Element li, Map<Element, Boolean> proseLists) {
    Element list = li.parent();
    return list != null && proseLists.computeIfAbsent(list, HtmlArticleExtractor::isProseList);
  }

  private static boolean isProseList(Element list) {
    int length = list.text().length();
    return length > 200 && list.select("a").text().length() < length / 2;
  }

  private static boolean isBoilerplate(Element e) {
    if (e.tagName().equals("body")
        || e.tagName().equals("html")
        || e.tagName().equals("article")
        || e.tagName().equals("main")) {
      return false;
    }
    String marks = e.className() + " " + e.id();
    if (BODY_MARK.matcher(marks).find() || "articleBody".equals(e.attr("itemprop"))) {
      return false;
    }
    return BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find();
  }

  /** Article-body blocks the page marks as such, outermost ones, in document order. */
  private static List<Element> markedBodies(Element root, Map<Element, Integer> prose) {
    List<Element> marked = new ArrayList<>();
    // Elements inside a block already marked; document order visits a parent before its children.
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : root.getAllElements()) {
      Element parent = e.parent();
      if (parent != null && inside.contains(parent)) {
        inside.add(e);
        continue;
      }
      String marks =
          e.className() + " " + e.id() + " " + e.attr("itemprop") + " " + e.attr("data-testid");
      if (BODY_MARK.matcher(marks).find() && prose.get(e) >= 300) {
        marked.add(e);
        inside.add(e);
      }
    }
    return marked;
  }

  /**
   * The block with the most paragraph text, credited to each paragraph's parent and grandparent. Of
   * blocks with equal scores the first in document order wins (an ancestor before its descendants),
   * the same on every run and JVM.
   */
  private static Element densest(Element root) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : root.select(PARAGRAPHS)) {
      int len = p.text().length();
      if (len < 40 || p.tagName().equals("li") || p.tagName().matches("h[234]")) {
        continue;
      }
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, (double) len, Double::sum);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, len / 2.0, Double::sum);
      }
    }
    // Not in the map's iteration order: an identity map iterates in identity-hash order, which
    // depends on the JVM and on what the thread hashed before, not on the page (the same page
    // parsed again may pick the other block). A grandparent may lie above root (html above body):
    // walk the whole tree.
    Element top = root;
    while (top.parent() != null) {
      top = top.parent();
    }
    Element best = null;
    double bestScore = 0;
    for (Element e : top.getAllElements()) {
      Double score = scores.get(e);
      if (score != null && score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  /**
   * The prose length of every element under {@code root}: the text length of the paragraphs (not
   * list items) of 40 chars or more in its subtree. One pass, children before parents, so nested
   * blocks cost no more than flat ones.
   */
  private static Map<Element, Integer> proseLengths(Element root) {
    Set<Element> paragraphs = Collections.newSetFromMap(new IdentityHashMap<>());
    paragraphs.addAll(root.select(PARAGRAPHS));
    Map<Element, Integer> prose = new IdentityHashMap<>();
    List<Element> all = root.getAllElements();
    // Reversed document order visits every element after all of its descendants.
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int total = prose.getOrDefault(e, 0);
      if (paragraphs.contains(e) && !e.tagName().equals("li")) {
        int len = e.text().length();
        if (len >= 40) {
          total += len;
        }
      }
      prose.put(e, total);
      if (e != root) {
        prose.merge(e.parent(), total, Integer::sum);
      }
    }
    return prose;
  }

  // ---- small helpers -----------------------------------------------------------------------

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static ZoneOffset offset(String s) {
    if (s.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = s.replace(":", "");
    return ZoneOffset.ofHoursMinutes(
        Integer.parseInt(digits.substring(0, 3)),
        (digits.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(digits.substring(3, 5)));
  }

  static String host(String url) {
    return Hosts.host(url);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
