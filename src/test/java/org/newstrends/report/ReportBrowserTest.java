package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.testing.SampleRun;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The default run on the bundled sample ({@link SampleRun}) writes a report that a real browser
 * (Debian's chromium, headless, driven by chromedriver) opens from a file URL without any console
 * error or network request, with every chart drawn and holding the data points the tables say it
 * should. The screenshot is saved as {@code target/report/sample-report.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;

  private Path out;
  private ChromeDriver browser;
  private List<LogEntry> performance = new ArrayList<>();

  @BeforeAll
  void runTheSampleAndOpenItsReport() throws Exception {
    browser = chromium(dir.resolve("profile"));
    out = SampleRun.output();
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // Drop what the browser logged before the report (its own start page), then open the report.
    browser.manage().logs().get(LogType.PERFORMANCE);
    browser.get(report().toUri().toString());
    long deadline = System.currentTimeMillis() + 30_000;
    while (!"true".equals(js("return document.documentElement.getAttribute('data-rendered')"))) {
      if (System.currentTimeMillis() > deadline) {
        fail("the report did not finish rendering; console: " + console());
      }
      Thread.sleep(100);
    }
    performance.addAll(browser.manage().logs().get(LogType.PERFORMANCE).getAll());
  }

  /**
   * Headless chromium driven by chromedriver, logging the console and the network, with a fresh
   * profile in {@code profile}; the test is skipped where they are missing, except on CI.
   */
  static ChromeDriver chromium(Path profile) throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && System.getenv("CI") != null) {
      fail("chromium and chromedriver are missing: .ci/run installs them (apt-get)");
    }
    Assumptions.assumeTrue(present, "needs Debian's chromium and chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(profile),
        "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private Path report() {
    return out.resolve("report").resolve("index.html");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private List<String> console() {
    List<String> lines = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      lines.add(e.getLevel() + " " + e.getMessage());
    }
    return lines;
  }

  @Test
  void opensWithoutConsoleErrorsOrNetworkRequests() {
    List<String> errors =
        console().stream().filter(l -> l.startsWith("SEVERE") || l.startsWith("WARNING")).toList();
    assertEquals(List.of(), errors, "console errors and warnings");
    List<String> requests = new ArrayList<>();
    for (LogEntry e : performance) {
      String message = e.getMessage();
      if (message.contains("\"Network.requestWillBeSent\"")) {
        int at = message.indexOf("\"url\":\"");
        String url = message.substring(at + 7, message.indexOf('"', at + 7));
        if (!isLocal(url)) {
          requests.add(url);
        }
      }
    }
    assertEquals(List.of(), requests, "the report must not touch the network");
    assertFalse(performance.isEmpty(), "the performance log is recorded (else the check is void)");
  }

  /**
   * Whether a URL stays inside the machine: the report's own files and inline data, and the
   * browser's internal pages. Chromium loads its new-tab page ({@code chrome://new-tab-page...}) on
   * its own schedule, sometimes after the log was drained; that is not the report's doing and never
   * leaves the machine. Anything else (http, https, ws, ftp, ...) is a network request.
   */
  static boolean isLocal(String url) {
    int colon = url.indexOf(':');
    String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    return switch (scheme) {
      case "file", "data", "blob", "about" -> true;
      default -> scheme.startsWith("chrome") || scheme.equals("devtools");
    };
  }

  @Test
  void onlyBrowserInternalAndLocalUrlsCountAsLocal() {
    assertTrue(isLocal("file:///tmp/out/report/index.html"));
    assertTrue(isLocal("data:image/png;base64,AAAA"));
    assertTrue(isLocal("chrome://new-tab-page-third-party/"));
    assertFalse(isLocal("https://cdn.jsdelivr.net/npm/echarts"));
    assertFalse(isLocal("http://127.0.0.1:8080/x.js"));
    assertFalse(isLocal("wss://example.org/socket"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyChartHoldsTheDataOfTheTables() throws Exception {
    Map<String, Object> rendered = (Map<String, Object>) js("return window.newstrendsReport");
    Map<String, List<Long>> charts = (Map<String, List<Long>>) rendered.get("charts");
    Map<String, Long> tables = (Map<String, Long>) rendered.get("tables");
    String grain =
        (String) js("return JSON.parse(document.getElementById('report-data').textContent).grain");

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      String corpus = table("corpus_stats");
      long periods =
          scalar(
              db,
              "SELECT count(*) FROM "
                  + corpus
                  + " WHERE grain = '"
                  + grain
                  + "' AND outlet_id = 'ALL' AND articles > 0");
      long outlets =
          scalar(
              db, "SELECT count(DISTINCT outlet_id) FROM " + corpus + " WHERE outlet_id <> 'ALL'");
      List<Long> articles = charts.get("chart-articles");
      assertEquals(Math.min(outlets, ReportData.TOP_OUTLETS), articles.size(), "outlet series");
      articles.forEach(n -> assertEquals(periods, n, "one bar per " + grain));

      String trends = table("entity_trends");
      for (String type : List.of("country", "leader", "organisation")) {
        long entities =
            scalar(
                db,
                "SELECT count(DISTINCT entity_id) FROM "
                    + trends
                    + " WHERE grain = '"
                    + grain
                    + "' AND outlet_id = 'ALL' AND articles > 0 AND entity_type = '"
                    + type
                    + "'");
        List<Long> series = charts.get("chart-trend-" + type);
        assertEquals(Math.min(entities, ReportData.TOP_PER_TYPE), series.size(), type + " series");
        series.forEach(n -> assertEquals(periods, n, type + ": one point per " + grain));
      }
      long terms =
          scalar(
              db,
              "SELECT count(DISTINCT entity_id) FROM "
                  + trends
                  + " WHERE grain = '"
                  + grain
                  + "' AND outlet_id = 'ALL' AND articles > 0 AND entity_type = 'term'");
      assertTrue(terms > 0, "the sample names terms");
      assertEquals(terms, charts.get("chart-terms").size(), "every term family is drawn");

      long pairs =
          scalar(
              db,
              "SELECT count(*) FROM "
                  + table("cooccurrence")
                  + " WHERE grain = 'all' AND level = 'article' AND dedup AND npmi > 0"
                  + " AND entity_a < entity_b");
      assertEquals(Math.min(pairs, ReportData.TOP_PAIRS), tables.get("pairs-table"));
      long nodes =
          scalar(
              db,
              "WITH top AS (SELECT entity_a, entity_b FROM "
                  + table("cooccurrence")
                  + " WHERE grain = 'all' AND level = 'article' AND dedup AND npmi > 0"
                  + " AND entity_a < entity_b"
                  + " ORDER BY log_likelihood DESC, entity_a, entity_b LIMIT "
                  + ReportData.TOP_PAIRS
                  + ") SELECT count(DISTINCT e) FROM (SELECT entity_a AS e FROM top"
                  + " UNION ALL SELECT entity_b FROM top)");
      assertEquals(List.of(nodes), charts.get("chart-network"), "one network node per entity");

      long spikes =
          scalar(
              db,
              "SELECT count(*) FROM "
                  + trends
                  + " WHERE grain = '"
                  + grain
                  + "' AND outlet_id = 'ALL' AND is_spike");
      assertEquals(Math.min(spikes, ReportData.TOP_SPIKES), tables.get("spikes"));
    }
    // Every chart drew SVG marks, not an empty frame.
    for (String id : charts.keySet()) {
      long marks =
          (Long)
              js(
                  "return document.querySelectorAll('#"
                      + id
                      + " svg path, #"
                      + id
                      + " svg text').length");
      assertTrue(marks > 10, id + " drew " + marks + " SVG elements");
    }
  }

  /**
   * Each term family's top speakers in the report are the speakers most often attributed to it in
   * {@code mentions}, named as the mentions name them: computed here in DuckDB from the mentions
   * alone, while the report names them from the entities table.
   */
  @Test
  @SuppressWarnings("unchecked")
  void termSpeakersAreTheMostFrequentInTheMentions() throws Exception {
    List<String> rendered =
        (List<String>)
            js(
                "return JSON.parse(document.getElementById('report-data').textContent).voice"
                    + ".filter(t => t.speakers.length > 0)"
                    + ".map(t => t.id + ' ' + t.speakers.map(s => s.id + '=' + s.name + '='"
                    + " + s.mentions).join(','))");
    List<String> expected = new ArrayList<>();
    String mentions = table("mentions");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet r =
            st.executeQuery(
                "WITH s AS (SELECT entity_id AS term_id, speaker_entity_id, count(*) AS n FROM "
                    + mentions
                    + " WHERE entity_type = 'term' AND speaker_entity_id IS NOT NULL GROUP BY ALL),"
                    + " names AS (SELECT entity_id, max(entity_name) AS name FROM "
                    + mentions
                    + " WHERE entity_type <> 'term' GROUP BY ALL),"
                    + " ranked AS (SELECT term_id, speaker_entity_id, name, n, row_number() OVER"
                    + " (PARTITION BY term_id ORDER BY n DESC, speaker_entity_id) AS rank"
                    + " FROM s JOIN names ON names.entity_id = s.speaker_entity_id)"
                    + " SELECT term_id, string_agg(speaker_entity_id || '=' || name || '=' || n,"
                    + " ',' ORDER BY rank) FROM ranked WHERE rank <= "
                    + ReportData.TOP_SPEAKERS
                    + " GROUP BY term_id")) {
      while (r.next()) {
        expected.add(r.getString(1) + " " + r.getString(2));
      }
    }
    assertFalse(expected.isEmpty(), "the sample attributes terms to speakers");
    assertEquals(
        expected.stream().sorted().toList(), rendered.stream().sorted().toList(), "top speakers");
  }

  @Test
  void isOneSelfContainedFileAndLeavesAScreenshot() throws Exception {
    String html = Files.readString(report(), StandardCharsets.UTF_8);
    assertFalse(html.contains("<script src"), "no external script");
    assertFalse(html.contains("<link"), "no external style sheet");
    assertFalse(Files.exists(out.resolve("report").resolve(".index.html.crc")));
    long height = (Long) js("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 12_000)));
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Path target = Files.createDirectories(Path.of("target", "report"));
    Files.copy(
        shot.toPath(),
        target.resolve("sample-report.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Number load =
        (Number)
            js(
                "var n = performance.getEntriesByType('navigation')[0];"
                    + " return n.loadEventEnd - n.startTime;");
    String metrics =
        "report bytes "
            + Files.size(report())
            + ", load event "
            + Math.round(load.doubleValue())
            + " ms, render "
            + ((Map<?, ?>) js("return window.newstrendsReport")).get("ms")
            + " ms\n";
    Files.writeString(target.resolve("sample-report.txt"), metrics);
    System.out.print("ReportBrowserTest: " + metrics);
    assertTrue(
        Files.size(target.resolve("sample-report.png")) > 50_000, "a screenshot with content");
  }

  private String table(String name) {
    return "read_parquet('" + out.resolve(name) + "/*.parquet')";
  }

  private static long scalar(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
