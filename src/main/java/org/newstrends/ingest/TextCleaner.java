package org.newstrends.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns text fields that may carry HTML markup and entities (RSS descriptions, scraped bodies) into
 * clean paragraphs: tags removed, entities decoded, block elements and blank lines as paragraph
 * breaks, whitespace inside a paragraph collapsed. Plain text without {@code <} or {@code &} is
 * only split on blank lines and trimmed.
 */
public final class TextCleaner {

  private TextCleaner() {}

  /** The paragraphs of a text field; empty when the field is null or blank. */
  public static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String plain = looksMarkedUp(text) ? htmlToText(text) : text.replace("\r\n", "\n");
    List<String> paragraphs = new ArrayList<>();
    for (String block : plain.split("\\n[ \\t\\u00A0]*\\n\\s*")) {
      String p = collapse(block);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return paragraphs;
  }

  /** A one-line field (title, source): markup removed, whitespace collapsed; null when blank. */
  public static String inline(String text) {
    if (text == null) {
      return null;
    }
    String plain = collapse(looksMarkedUp(text) ? htmlToText(text) : text);
    return plain.isEmpty() ? null : plain;
  }

  /**
   * An entity escaped twice ({@code &amp;#x2014;}), as some feeds (WSJ) publish it: decoded once it
   * would still read {@code &#x2014;}, so the outer escape is undone first.
   */
  private static final java.util.regex.Pattern DOUBLE_ESCAPED =
      java.util.regex.Pattern.compile(
          "&amp;(?=(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)");

  static boolean looksMarkedUp(String text) {
    return text.indexOf('<') >= 0 || text.indexOf('&') >= 0;
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** Text of an HTML fragment with a blank line at every block boundary and {@code <br>}. */
  private static String htmlToText(String markup) {
    String html = DOUBLE_ESCAPED.matcher(markup).replaceAll("&");
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder out = new StringBuilder(markup.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(text.getWholeText());
            } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
              out.append("\n\n");
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              out.append("\n\n");
            }
          }
        },
        body);
    return out.toString();
  }
}
