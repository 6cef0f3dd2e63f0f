package org.newstrends.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newstrends.annotate.GazetteerFile;
import org.newstrends.annotate.GazetteerLoader;

/**
 * Writes a job configuration whose gazetteers compile to exactly N surface forms, for the whole-job
 * comparison of gazetteer sizes ({@code jobs/bench.sh --forms}). The forms are those of {@link
 * MatcherJmh#entities}: 10 = the first ten country forms, no roles; below the real gazetteers'
 * count, the first N forms of conf/gazetteers in file order with the role phrases; from the real
 * count up, the real gazetteer files unchanged plus synthetic organisations up to N.
 *
 * <p>Usage: {@code FormsGazetteer OUT_DIR N...}; for each N it writes {@code
 * OUT_DIR/N/gazetteer.yaml} and {@code OUT_DIR/N/newstrends.yaml} (conf/newstrends.yaml with its
 * gazetteers replaced and its other relative paths made absolute), checks that the files compile to
 * N forms, and prints the config's path. Run from the project directory.
 */
public final class FormsGazetteer {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  private FormsGazetteer() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]).toAbsolutePath();
    List<String> real = new ArrayList<>();
    for (String f : MatcherJmh.FILES) {
      real.add(Path.of("conf/gazetteers/" + f + ".yaml").toAbsolutePath().toString());
    }
    int realForms = GazetteerLoader.compile(real).surfaceFormCount();
    for (int i = 1; i < args.length; i++) {
      int forms = Integer.parseInt(args[i]);
      Path dir = Files.createDirectories(out.resolve(String.valueOf(forms)));
      Path gazetteer = dir.resolve("gazetteer.yaml");
      List<String> files = new ArrayList<>();
      if (forms >= realForms) {
        files.addAll(real);
        write(gazetteer, synthetic(forms), List.of());
      } else {
        write(gazetteer, MatcherJmh.entities(forms), forms > 10 ? MatcherJmh.roles() : List.of());
      }
      files.add(gazetteer.toString());
      int compiled = GazetteerLoader.compile(files).surfaceFormCount();
      if (compiled != forms) {
        throw new IllegalStateException(files + " compile to " + compiled + " forms, not " + forms);
      }
      Path config = dir.resolve("newstrends.yaml");
      writeConfig(config, files);
      System.out.println(config);
    }
  }

  /** The synthetic organisations {@link MatcherJmh#entities} adds to the real ones up to N. */
  private static List<GazetteerFile.Entity> synthetic(int forms) {
    return MatcherJmh.entities(forms).stream()
        .filter(e -> e.id().startsWith(MatcherJmh.SYNTHETIC_PREFIX))
        .toList();
  }

  private static void write(
      Path file, List<GazetteerFile.Entity> entities, List<GazetteerFile.RoleDef> roles)
      throws IOException {
    GazetteerFile g =
        new GazetteerFile(
            "bench", "jobs/bench.sh --forms (not for analysis)", entities, roles, List.of());
    YAML.writeValue(file.toFile(), g);
  }

  /** conf/newstrends.yaml with these gazetteers and its other relative paths made absolute. */
  private static void writeConfig(Path config, List<String> gazetteers) throws IOException {
    Path conf = Path.of("conf").toAbsolutePath();
    ObjectNode root = (ObjectNode) YAML.readTree(conf.resolve("newstrends.yaml").toFile());
    root.put("outlets", conf.resolve(root.path("outlets").asText()).toString());
    ObjectNode annotate = (ObjectNode) root.path("annotate");
    annotate.put("words", conf.resolve(annotate.path("words").asText()).toString());
    ArrayNode list = annotate.putArray("gazetteers");
    gazetteers.forEach(list::add);
    YAML.writeValue(config.toFile(), root);
  }
}
