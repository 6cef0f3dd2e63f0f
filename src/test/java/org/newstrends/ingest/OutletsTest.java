package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One normalisation of sources to outlets: the labels and hosts of ../shared/data/jsonl (RSS 2023),
 * the html-warc publishers and the sample map to one outlet_id per publisher.
 */
class OutletsTest {

  private static final Outlets SHIPPED = Outlets.load("conf/outlets.tsv");

  @Test
  void hostsAreNormalisedOneWayForEveryReader() {
    assertEquals("theguardian.com", Hosts.host("https://WWW.TheGuardian.com:443/world/x"));
    assertEquals("bbc.co.uk", Hosts.host("http://www.bbc.co.uk/news"));
    assertEquals("feeds.bbci.co.uk", Hosts.host("http://feeds.bbci.co.uk/news/rss.xml"));
    assertEquals("example.org", Hosts.host("https://www2.example.org./a"));
    assertNull(Hosts.host("not a url"));
    assertNull(Hosts.host(null));
    // Both readers that derive a source from a URL use it (WARC/HTML pages and mapped records).
    assertEquals(
        Hosts.host("https://www.wsj.com/a"), HtmlArticleExtractor.host("https://www.wsj.com/a"));
    assertEquals(Hosts.host("https://www.wsj.com/a"), MappedRecords.host("https://www.wsj.com/a"));
  }

  @Test
  void everyVariantOfAnOutletGetsOneId() {
    for (String label :
        List.of("The Guardian", "The Guardian - World", "The Guardian - International")) {
      assertEquals("guardian", SHIPPED.outletId(label, "https://www.theguardian.com/rss", null));
      assertEquals("guardian", SHIPPED.outletId(label, null, null), label);
    }
    assertEquals(
        "guardian", SHIPPED.outletId(null, null, "https://www.theguardian.com/world/2023/oct/1/x"));
    for (String label : List.of("NY times", "NYT > Top Stories", "The New York Times")) {
      assertEquals("nytimes", SHIPPED.outletId(label, null, null), label);
    }
    assertEquals(
        "nytimes",
        SHIPPED.outletId(
            null,
            "https://rss.nytimes.com/services/xml/rss/nyt/World.xml",
            "https://nytimes.com/x"));
    for (String label : List.of("Aljazeera", "Al Jazeera", "https://www.aljazeera.com")) {
      assertEquals("al-jazeera", SHIPPED.outletId(label, null, null), label);
    }
    assertEquals(
        "al-jazeera", SHIPPED.outletId(null, "http://www.aljazeera.com/xml/rss/all.xml", null));
    assertEquals("trt-world", SHIPPED.outletId("TRTWorld and agencies", null, null));
    assertEquals("reuters", SHIPPED.outletId("Reuters", null, null));
    assertEquals("cbc", SHIPPED.outletId("CBC | Canada News", null, null));
  }

  @Test
  void theFeedDecidesOverAMislabelAndAnOddArticleHost() {
    // The NBC News feed of the RSS corpus is labelled CNBC on some items.
    assertEquals(
        "nbc-news",
        SHIPPED.outletId("CNBC", "https://www.nbcnews.com/feed", "https://www.today.com/x"));
    assertEquals(
        "cnbc", SHIPPED.outletId("CNBC", "https://www.cnbc.com/id/1/device/rss/rss.html", null));
    // WSJ feed items whose links go to a newsletter host are still WSJ.
    assertEquals(
        "wsj",
        SHIPPED.outletId(
            "The Wall Street Journal",
            "https://feeds.a.dj.com/rss/RSSWorldNews.xml",
            "https://createsend.com/t/x"));
  }

  @Test
  void unmappedOutletsGetADerivedId() {
    assertEquals(
        "host:example.org", SHIPPED.outletId("Example News", null, "https://www.example.org/a"));
    assertEquals("label:example-news", SHIPPED.outletId("Example  News", null, null));
    assertEquals(
        "host:feeds.example.net", SHIPPED.outletId(null, "https://feeds.example.net/rss", null));
    assertEquals("unknown", SHIPPED.outletId(null, null, null));
  }

  @Test
  void theBuiltInMappingIsTheShippedFileAndBadRowsAreRefused() {
    assertEquals(SHIPPED.outlets(), Outlets.load(null).outlets());
    assertTrue(SHIPPED.outlets().size() > 30);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Outlets.parse("a\tA\tUS\ten\thost.com\n", "x.tsv"));
    assertTrue(e.getMessage().contains("x.tsv: line 1: expected 6"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Outlets.parse("a\tA\t\t\th.com\tA\na\tB\t\t\tg.com\tB\n", "x.tsv"));
  }

  @Test
  void aMissingMappingFileIsAConfigErrorBeforeSparkStarts() {
    org.newstrends.config.JobConfig config =
        new org.newstrends.config.JobConfig(
            List.of(new org.newstrends.config.InputSpec("conf/newstrends.yaml", "text-dump")),
            "out",
            null,
            null,
            null,
            null,
            "conf/no-such-outlets.tsv");
    org.newstrends.config.ConfigException e =
        assertThrows(
            org.newstrends.config.ConfigException.class,
            () -> org.newstrends.config.ConfigLoader.validate(config, "x.yaml"));
    assertTrue(
        e.getMessage().contains("outlet mapping 'conf/no-such-outlets.tsv'"), e.getMessage());
    // The shipped config names the shipped mapping.
    assertTrue(
        org.newstrends.config.ConfigLoader.load(java.nio.file.Path.of("conf/newstrends.yaml"))
            .outlets()
            .endsWith("conf/outlets.tsv"));
  }
}
