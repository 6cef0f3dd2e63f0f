package org.newstrends.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
    // Each placeholder is found in the template alone and filled once, so no inserted text (an
    // article sentence holding "/*SCRIPT*/") is ever taken for a placeholder.
    String template = resource(PAGE + "report.html");
    StringBuilder page = new StringBuilder();
    int from = 0;
    for (Map.Entry<String, String> part :
        List.of(
            Map.entry("/*STYLE*/", resource(PAGE + "report.css")),
            Map.entry("/*DATA*/", htmlSafe(json)),
            Map.entry("/*ECHARTS*/", resource(ECHARTS)),
            Map.entry("/*SCRIPT*/", resource(PAGE + "report.js")))) {
      String placeholder = part.getKey();
      int at = template.indexOf(placeholder, from);
      if (at < 0) {
        throw new IllegalStateException("report.html lacks " + placeholder + " in its place");
      }
      page.append(template, from, at).append(part.getValue());
      from = at + placeholder.length();
    }
    return page.append(template, from, template.length()).toString();
  }

  /**
   * JSON text that can sit inside a {@code <script>} element without changing the HTML parser's
   * state ("</script>", "<!--<script>" in a name): the characters HTML treats specially are written
   * as JSON escapes, which {@code JSON.parse} reads back unchanged. They occur only inside strings.
   */
  static String htmlSafe(String json) {
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
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
