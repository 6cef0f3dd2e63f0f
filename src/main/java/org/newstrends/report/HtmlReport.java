package org.newstrends.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the report's JSON document into one self-contained HTML page: the page template, its
 * style and script, and Apache ECharts (from the {@code org.webjars.npm:echarts} jar) are inlined,
 * so the file opens offline and makes no network request.
 */
final class HtmlReport {

  /** The bundled charting library; docs/report.md says why this one. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private static final String PAGE = "org/newstrends/report/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlReport() {}

  static String render(ObjectNode data) {
    String json;
    try {
      json = JSON.writeValueAsString(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Inside <script>, "</" could close the element: JSON allows the escaped form.
    json = json.replace("</", "<\\/");
    return resource(PAGE + "report.html")
        .replace("/*STYLE*/", resource(PAGE + "report.css"))
        .replace("/*DATA*/", json)
        .replace("/*ECHARTS*/", resource(ECHARTS))
        .replace("/*SCRIPT*/", resource(PAGE + "report.js"));
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
