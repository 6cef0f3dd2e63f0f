package org.newstrends.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newstrends.annotate.CompiledGazetteer;
import org.newstrends.annotate.GazetteerFile;
import org.newstrends.annotate.GazetteerLoader;

/**
 * Exports the surface forms of the project's gazetteers as a TSV ({@code surface_form}, {@code
 * entity_id}, {@code entity_type}, {@code kind}), one row per alias, for the Spark SQL baseline of
 * jobs/bench.sh ({@link SparkSqlBaseline}). The rows are exactly the aliases the compiled gazetteer
 * holds: the export fails when their number differs from {@link
 * CompiledGazetteer#surfaceFormCount()}. Role phrases and title words are not surface forms of an
 * entity and are not exported.
 *
 * <p>Usage: {@code SurfaceForms OUT.tsv GAZETTEER.yaml...}
 */
public final class SurfaceForms {

  private SurfaceForms() {}

  /** One alias of one entity. */
  public record Form(String surface, String entityId, String entityType, String kind) {}

  /** The aliases of every entity in {@code gazetteers}, in file order. */
  public static List<Form> of(List<String> gazetteers) {
    List<Form> forms = new ArrayList<>();
    for (String path : gazetteers) {
      for (GazetteerFile.Entity e : GazetteerLoader.read(Path.of(path)).entities()) {
        for (GazetteerFile.Alias a : e.aliases()) {
          forms.add(new Form(a.text(), e.id(), e.type(), a.kind()));
        }
      }
    }
    int compiled = GazetteerLoader.compile(gazetteers).surfaceFormCount();
    if (compiled != forms.size()) {
      throw new IllegalStateException(
          "exported " + forms.size() + " aliases but the compiled gazetteer has " + compiled);
    }
    return forms;
  }

  /** Writes {@code forms} as a TSV with a header line; tabs and line breaks become spaces. */
  public static void write(List<Form> forms, Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("surface_form\tentity_id\tentity_type\tkind");
    for (Form f : forms) {
      lines.add(
          String.join("\t", clean(f.surface()), clean(f.entityId()), f.entityType(), f.kind()));
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]", " ");
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SurfaceForms OUT.tsv GAZETTEER.yaml...");
      System.exit(2);
    }
    List<Form> forms = of(List.of(args).subList(1, args.length));
    write(forms, Path.of(args[0]));
    System.out.println(
        "surface forms: "
            + forms.size()
            + " ("
            + forms.stream()
                .map(f -> f.surface().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .count()
            + " distinct case-insensitive) -> "
            + args[0]);
  }
}
