package org.newstrends.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newstrends.config.ConfigException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads gazetteer YAML files on the driver. A broken file becomes a {@link ConfigException} naming
 * the file, the line and what is allowed; a role used by a leader but missing from the roles file,
 * or a duplicate id, is reported the same way.
 */
public final class GazetteerLoader {

  /**
   * The largest gazetteer file read, in chars: SnakeYAML's default (3 Mi) is about 25,000 entities,
   * which a user's own list of people or places outgrows; a larger list is split into several files
   * (each is read on its own).
   */
  static final int MAX_FILE_CHARS = 64 << 20;

  private static final ObjectMapper YAML =
      YAMLMapper.builder(YAMLFactory.builder().loaderOptions(loaderOptions()).build())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  private GazetteerLoader() {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_FILE_CHARS);
    return options;
  }

  /** Reads one file. */
  public static GazetteerFile read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": gazetteer file not found; fix 'annotate.gazetteers'");
    }
    try {
      GazetteerFile parsed = YAML.readValue(file.toFile(), GazetteerFile.class);
      if (parsed == null) {
        throw new ConfigException(
            file + ": the file is empty; expected keys: version, source, entities or roles");
      }
      return parsed;
    } catch (JsonProcessingException e) {
      throw new ConfigException(org.newstrends.config.ConfigLoader.describe(file, e), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads all files and compiles them into one automaton, with the shipped word lists. */
  public static CompiledGazetteer compile(List<String> paths) {
    return compile(paths, null);
  }

  /**
   * Reads all files and compiles them into one automaton, with the word lists of {@code words}
   * ({@code annotate.words}; null: the shipped {@code conf/rules/annotate-words.yaml}).
   */
  public static CompiledGazetteer compile(List<String> paths, String words) {
    List<GazetteerFile.Entity> entities = new ArrayList<>();
    List<GazetteerFile.RoleDef> roles = new ArrayList<>();
    List<GazetteerFile.Outlet> outlets = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String path : paths) {
      GazetteerFile file = read(Path.of(path));
      for (GazetteerFile.Entity entity : file.entities()) {
        if (!ids.add(entity.type() + ":" + entity.id())) {
          throw new ConfigException(
              path
                  + ": entity id '"
                  + entity.id()
                  + "' appears twice; ids must be unique per type");
        }
        entities.add(entity);
      }
      roles.addAll(file.roles());
      outlets.addAll(file.outlets());
    }
    Set<String> roleIds = new HashSet<>();
    roles.forEach(r -> roleIds.add(r.id()));
    for (GazetteerFile.Entity entity : entities) {
      for (GazetteerFile.Role role : entity.roles()) {
        if (!roleIds.contains(role.role())) {
          throw new ConfigException(
              "gazetteers "
                  + paths
                  + ": leader '"
                  + entity.id()
                  + "' has role '"
                  + role.role()
                  + "' that no roles file defines; add it to roles.yaml or list roles.yaml in 'annotate.gazetteers'");
        }
      }
    }
    return CompiledGazetteer.compile(entities, roles, outlets, AnnotateWords.loadOrDefaults(words));
  }
}
