package org.newstrends.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one Unicode normalisation of article text, applied to every text field of every {@link
 * Article}, whatever its format, before anything reads it: invisible format characters are removed
 * and the text is composed (NFC).
 *
 * <ul>
 *   <li>Removed: the soft hyphen (U+00AD, HTML {@code &shy;}), the zero-width space (U+200B), the
 *       word joiner (U+2060) and the zero-width no-break space or byte-order mark (U+FEFF). Feeds
 *       put them inside and before words ("{@code Bi&shy;den}", "{@code of &shy;vitriol}"); left
 *       in, each split a word or stood between two words of a name, so the name was not found. The
 *       zero-width joiner and non-joiner (U+200C, U+200D) stay: they change how a script or an
 *       emoji is written.
 *   <li>Composed: a letter written as a base letter and a combining mark ("Erdog&#x306;an",
 *       "Beyonce&#x301;", as macOS and some publishing systems write them) becomes the one
 *       precomposed letter the gazetteers use.
 * </ul>
 *
 * <p>Text without a char from U+0300 up and without a soft hyphen, which is most news in Latin
 * script, is returned as it is after one scan of its chars. Mentions' offsets are into the
 * normalised text that {@code articles} stores.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** The normalised text; null stays null. */
  public static String normalize(String text) {
    if (text == null || isPlain(text)) {
      return text;
    }
    String visible = withoutInvisibles(text);
    if (visible.length() != text.length() && text.equals(text.strip())) {
      visible = visible.strip(); // "\u200B Up early" was a trimmed field and stays one
    }
    return Normalizer.isNormalized(visible, Normalizer.Form.NFC)
        ? visible
        : Normalizer.normalize(visible, Normalizer.Form.NFC);
  }

  /**
   * The normalised texts of a list, without those that hold nothing visible once normalised (a
   * paragraph of a lone zero-width space); null gives null.
   */
  public static List<String> normalize(List<String> texts) {
    if (texts == null) {
      return null;
    }
    boolean plain = true;
    for (String t : texts) {
      if (t != null && !isPlain(t)) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return texts;
    }
    List<String> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      String n = normalize(t);
      if (n == null || !n.isBlank() || t.isBlank()) {
        out.add(n);
      }
    }
    return out;
  }

  /** No char needs a look: all below U+0300 and none a soft hyphen. */
  private static boolean isPlain(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x300 || c == '\u00AD') {
        return false;
      }
    }
    return true;
  }

  static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
  }

  private static String withoutInvisibles(String text) {
    int n = text.length();
    int first = 0;
    while (first < n && !isInvisible(text.charAt(first))) {
      first++;
    }
    if (first == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, first);
    for (int i = first + 1; i < n; i++) {
      char c = text.charAt(i);
      if (!isInvisible(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
