package org.newstrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstrends.config.FieldMappings;
import org.newstrends.config.InputFormat;
import org.newstrends.ingest.Article;
import org.newstrends.ingest.JsonLinesParser;
import org.newstrends.ingest.ParseResult;
import org.newstrends.ingest.TextDumpParser;
import org.newstrends.testing.Fixtures;

/**
 * Byte-for-byte regression check of the whole matcher: every mention (all nineteen fields) that
 * {@link MentionFinder} finds with conf/gazetteers in 298 Reuters-21578 records, the seed article
 * and 289 RSS items of October 2023 must equal the committed golden file
 * (src/test/resources/golden/README.md). Regenerate it only for an intended change of the rules:
 * {@code mvn -o test -Dtest=MatcherGoldenTest -Dnewstrends.writeGolden=true}.
 */
class MatcherGoldenTest {

  static final String GOLDEN = "src/test/resources/golden/mentions.tsv";

  static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    String dump = Fixtures.text("/golden/reuters-every-64th.txt");
    int from = 0;
    while (from < dump.length()) {
      int next = dump.indexOf("\n" + TextDumpParser.HEADER_PREFIX, from);
      int to = next < 0 ? dump.length() : next + 1;
      String record = dump.substring(from, to);
      ParseResult r = TextDumpParser.parse(record, record.length(), "reuters", from, 1 << 22);
      if (r.article() != null) {
        articles.add(r.article());
      }
      from = to;
    }
    String seed = Fixtures.text("/textdump/seed.txt");
    articles.add(TextDumpParser.parse(seed, seed.length(), "seed.txt", 0, 1 << 22).article());
    Map<String, String> rss = FieldMappings.resolve(InputFormat.JSONL, "rss-2023", null);
    for (String line : Fixtures.text("/golden/rss-2023-10-every-140th.jsonl").lines().toList()) {
      ParseResult r = JsonLinesParser.parse(line, line.length(), "rss", 0, 1 << 22, rss, null);
      if (r.article() != null) {
        articles.add(r.article());
      }
    }
    return articles;
  }

  static String render(List<Article> articles) {
    CompiledGazetteer g = GazetteerLoader.compile(SeedMentionsTest.GAZETTEERS);
    MentionFinder finder = new MentionFinder(g, 60);
    StringBuilder sb = new StringBuilder();
    int a = 0;
    for (Article article : articles) {
      List<Mention> mentions =
          finder.find(
              MentionFinder.segments(
                  article.title(),
                  article.lede(),
                  article.photoCaption(),
                  article.paragraphs(),
                  article.related()),
              article.publishedDate(),
              article.source());
      for (Mention m : mentions) {
        sb.append(a);
        for (Object v :
            List.of(
                m.entityId(),
                m.entityType(),
                m.entityName(),
                String.join("|", m.labels()),
                m.surface(),
                m.matchKind(),
                m.field(),
                m.paragraphIndex(),
                m.sentenceIndex(),
                m.charStart(),
                m.charEnd(),
                m.inQuote(),
                String.valueOf(m.quoteKind()),
                String.valueOf(m.speakerEntityId()),
                String.valueOf(m.speakerText()),
                m.context(),
                m.inTable(),
                String.valueOf(m.enclosingName()),
                String.valueOf(m.ambiguousCandidates()))) {
          sb.append('\t').append(escape(String.valueOf(v)));
        }
        sb.append('\n');
      }
      a++;
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  @Test
  void mentionsEqualTheGoldenFile() throws IOException {
    List<Article> articles = articles();
    assertEquals(298 + 1 + 289, articles.size(), "articles parsed from the fixtures");
    String actual = render(articles);
    Path golden = Path.of(GOLDEN);
    if (Boolean.getBoolean("newstrends.writeGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertTrue(expected.lines().count() > 1000, "the golden file holds the mention list");
    if (!expected.equals(actual)) {
      List<String> e = expected.lines().toList();
      List<String> x = actual.lines().toList();
      for (int i = 0; i < Math.min(e.size(), x.size()); i++) {
        assertEquals(e.get(i), x.get(i), "first difference at golden line " + (i + 1));
      }
      assertEquals(e.size(), x.size(), "number of mentions");
    }
  }
}
