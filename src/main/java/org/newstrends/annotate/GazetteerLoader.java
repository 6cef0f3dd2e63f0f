package org.newstrends.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a key twice is an error
          .build();

  private GazetteerLoader() {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_FILE_CHARS);
    return options;
  }

  /**
   * Files read before, by the SHA-256 of their bytes: a run reads its gazetteers three times on the
   * driver (compiled before Spark starts, then the {@code entities} and {@code entity_roles}
   * dimensions), and parsing the shipped ones takes about half a second each time with the small
   * inputs' JIT. Keyed by content, an edited file is parsed again; a {@link GazetteerFile} is
   * immutable, so the callers share it. The last {@link #PARSED_FILES} files are kept.
   */
  private static final Map<String, GazetteerFile> PARSED =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, GazetteerFile> eldest) {
              return size() > PARSED_FILES;
            }
          });

  static final int PARSED_FILES = 16;

  /** Reads one file. */
  public static GazetteerFile read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": gazetteer file not found; fix 'annotate.gazetteers'");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String key = sha256(bytes);
      GazetteerFile known = PARSED.get(key);
      if (known != null) {
        return known;
      }
      String composed = composed(bytes);
      GazetteerFile parsed =
          composed == null
              ? YAML.readValue(bytes, GazetteerFile.class)
              : YAML.readValue(composed, GazetteerFile.class);
      if (parsed == null) {
        throw new ConfigException(
            file + ": the file is empty; expected keys: version, source, entities or roles");
      }
      PARSED.put(key, parsed);
      return parsed;
    } catch (JsonProcessingException e) {
      throw new ConfigException(org.newstrends.config.ConfigLoader.describe(file, e), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The file's text composed (NFC), as article text is when it is parsed ({@code
   * ingest.TextNormalizer}), so an alias typed with a combining mark ("Erdog&#x306;an") matches the
   * precomposed text; null when the text is composed already or is not UTF-8 (then the YAML parser
   * reads the bytes and reports what is wrong). Composing changes no line break, so messages keep
   * their line numbers.
   */
  static String composed(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? null
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
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
