package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page {@link HtmlReport} writes around hostile data ({@code report/hostile-names.json}: names
 * holding {@code <!--<script>}, {@code </script>} and an {@code <img onerror>}, a sentence holding
 * every placeholder of the template): the data stays data, in the file and in a browser.
 */
class HtmlReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATA_OPEN = "<script id=\"report-data\" type=\"application/json\">";

  private static ObjectNode hostile() throws Exception {
    try (InputStream in =
        HtmlReportTest.class.getClassLoader().getResourceAsStream("report/hostile-names.json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  private static String embeddedJson(String html) {
    int start = html.indexOf(DATA_OPEN) + DATA_OPEN.length();
    return html.substring(start, html.indexOf("</script>", start));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void placeholdersInTheDataAreNotFilled() throws Exception {
    ObjectNode data = hostile();
    String html = HtmlReport.render(data);
    assertEquals(1, count(html, "Renders the newstrends report"), "copies of report.js");
    assertEquals(
        1, count(html, "Licensed to the Apache Software Foundation"), "copies of echarts.min.js");
    assertEquals(data, JSON.readTree(embeddedJson(html)), "the embedded JSON reads back whole");
  }

  @Test
  void noDataCharacterChangesTheHtmlParsersState() throws Exception {
    String html = HtmlReport.render(hostile());
    String json = embeddedJson(html);
    for (String raw : List.of("<", ">", "&", "\u2028", "\u2029")) {
      assertFalse(json.contains(raw), "raw " + raw + " in the embedded JSON");
    }
    for (String name : List.of("<!--<script>", "</script><script>", "<img src=x onerror")) {
      assertFalse(html.contains(name), name + " written raw into the page");
    }
    assertTrue(json.contains("Israel\\u003c!--\\u003cscript\\u003e"), "escaped, not dropped");
  }

  @Test
  void escapesOnlyWhatHtmlTreatsSpecially() {
    assertEquals(
        "\"a\\u003c/b\\u003e \\u0026 \\\\\\u003c\\u2028\\u2029\"",
        HtmlReport.htmlSafe("\"a</b> & \\\\<\u2028\u2029\""));
  }

  /**
   * Chromium renders every chart of the hostile page, runs nothing from the data, and the voice
   * chart's tooltip (an HTML formatter) shows the term's name escaped.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aBrowserDrawsTheHostilePageAndItsTooltipAsText(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("index.html"), HtmlReport.render(hostile()));
    ChromeDriver browser = ReportBrowserTest.chromium(dir.resolve("profile"));
    try {
      JavascriptExecutor js = browser;
      browser.get(page.toUri().toString());
      long deadline = System.currentTimeMillis() + 30_000;
      while (!"true".equals(js.executeScript("return document.documentElement.dataset.rendered"))) {
        if (System.currentTimeMillis() > deadline) {
          fail("the hostile report did not render");
        }
        Thread.sleep(100);
      }
      Map<String, List<Long>> charts =
          (Map<String, List<Long>>) js.executeScript("return window.newstrendsReport.charts");
      assertEquals(
          Set.of(
              "chart-articles",
              "chart-trend-country",
              "chart-terms",
              "chart-voice",
              "chart-network"),
          charts.keySet());
      for (String id : charts.keySet()) {
        Long marks =
            (Long) js.executeScript("return document.querySelectorAll('#" + id + " svg *').length");
        assertTrue(marks > 10, id + " drew " + marks + " SVG elements");
      }

      String tooltip =
          (String)
              js.executeScript(
                  "var c = echarts.getInstanceByDom(document.getElementById('chart-voice'));"
                      + " return c.getOption().tooltip[0].formatter([{dataIndex: 0}]);");
      assertTrue(
          tooltip.startsWith(
              "&lt;img src=x onerror=&quot;document.title=&#39;PWNED&#39;&quot;&gt;"),
          tooltip);
      String shown =
          (String)
              js.executeScript(
                  "var node = document.getElementById('chart-voice');"
                      + " echarts.getInstanceByDom(node)"
                      + ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});"
                      + " return node.textContent;");
      assertTrue(
          shown.contains("<img src=x onerror="), "the hover shows the name as text: " + shown);
      assertEquals(
          0L, js.executeScript("return document.querySelectorAll('main img, main script').length"));
      assertEquals("newstrends report", browser.getTitle(), "no script from the data ran");
    } finally {
      browser.quit();
    }
  }
}
