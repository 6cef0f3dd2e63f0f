package org.newstrends.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Loads {@link JobConfig} from YAML and checks it before Spark starts.
 *
 * <p>Unknown keys, wrong types and invalid values become a {@link ConfigException} naming the file,
 * the line and column, the key path and what is allowed. Relative input and output paths in the
 * file resolve against the directory of the file, so a config can be run from anywhere.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // min_support: 1.5 is no 1
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a key twice: which one holds?
          .addModule(
              new SimpleModule("finite-numbers")
                  .addDeserializer(Double.class, new FiniteDouble(Double.class))
                  .addDeserializer(double.class, new FiniteDouble(double.class)))
          .build();

  private ConfigLoader() {}

  /**
   * Every floating-point value of a config must be finite: {@code 1e400} reads as Infinity and
   * passed a check like {@code x > 0} ({@code measure.spike_threshold: 1e400} flagged no spike ever
   * and wrote "Infinity" into the manifest), and a NaN fails every comparison ({@code
   * dedup.threshold: NaN} grouped no near-duplicate). YAML's {@code .inf} and {@code .nan} reach
   * the binding as number tokens Jackson cannot parse; they get the same message, naming the key.
   */
  static final class FiniteDouble extends StdDeserializer<Double> {

    private static final java.util.regex.Pattern YAML_NOT_FINITE =
        java.util.regex.Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    private final JsonDeserializer<?> standard;

    FiniteDouble(Class<?> type) {
      super(Double.class);
      standard = NumberDeserializers.find(type, type.getName());
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      boolean number =
          p.hasToken(JsonToken.VALUE_NUMBER_FLOAT) || p.hasToken(JsonToken.VALUE_NUMBER_INT);
      String text = p.getText();
      if (number && YAML_NOT_FINITE.matcher(text.strip()).matches()) {
        throw notFinite(p, text);
      }
      Double value = (Double) standard.deserialize(p, ctxt);
      if (value != null && !Double.isFinite(value)) {
        throw notFinite(p, text);
      }
      return value;
    }

    private static InvalidFormatException notFinite(JsonParser p, String text) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      boolean overflow = !lower.contains("inf") && !lower.contains("nan"); // 1e400: a real number
      return InvalidFormatException.from(
          p,
          "expected a finite number, got "
              + text.strip()
              + (overflow ? " (beyond the largest number a double holds, about 1.8e308)" : ""),
          text,
          Double.class);
    }
  }

  /** Reads and binds a config file; relative paths in it are resolved against its directory. */
  public static JobConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": config file not found");
    }
    JobConfig raw;
    try {
      raw = YAML.readValue(file.toFile(), JobConfig.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException(describe(file, e), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (raw == null) {
      throw new ConfigException(
          file
              + ": the file is empty; expected keys: inputs, output, ingest, dedup, annotate, measure, outlets");
    }
    Path base = file.toAbsolutePath().getParent();
    List<InputSpec> inputs = new ArrayList<>();
    for (InputSpec input : raw.inputs()) {
      inputs.add(input.withPath(resolve(base, input.path())));
    }
    String output = raw.output() == null ? null : resolve(base, raw.output());
    AnnotateConfig annotate = raw.annotate();
    List<String> gazetteers = new ArrayList<>();
    for (String gazetteer : annotate.gazetteers()) {
      gazetteers.add(resolve(base, gazetteer));
    }
    annotate =
        new AnnotateConfig(
            annotate.enabled(),
            gazetteers,
            annotate.contextChars(),
            annotate.words() == null ? null : resolve(base, annotate.words()),
            annotate.countInTable(),
            annotate.countEnclosed());
    String outlets = raw.outlets() == null ? null : resolve(base, raw.outlets());
    return new JobConfig(
        inputs, output, raw.ingest(), raw.dedup(), annotate, raw.measure(), outlets);
  }

  /**
   * Checks what can be checked without Spark: there is at least one input, each local input path
   * (or glob) matches something, and an output is set.
   */
  public static void validate(JobConfig config, String origin) {
    validate(config, origin, origin);
  }

  /**
   * Like {@link #validate(JobConfig, String)}, naming {@code inputsOrigin} (a file, or {@code
   * --input}) in messages about the inputs.
   */
  public static void validate(JobConfig config, String origin, String inputsOrigin) {
    if (config.inputs().isEmpty()) {
      throw new ConfigException(
          inputsOrigin + ": no inputs; set 'inputs:' in the config or pass --input PATH[,PATH...]");
    }
    if (config.output() == null || config.output().isBlank()) {
      throw new ConfigException(origin + ": no output; set 'output:' or pass --output DIR");
    }
    if (config.outlets() != null && !Files.isRegularFile(Path.of(config.outlets()))) {
      throw new ConfigException(
          origin
              + ": outlet mapping '"
              + config.outlets()
              + "' not found; fix 'outlets:' (or remove it to use the built-in mapping)");
    }
    if (isLocal(config.output()) && namesHome(config.output())) {
      throw new ConfigException(
          origin + ": output '" + config.output() + "'" + HOME_HINT + "fix 'output:' or --output");
    }
    for (int i = 0; i < config.inputs().size(); i++) {
      InputSpec input = config.inputs().get(i);
      if (isLocal(input.path()) && namesHome(input.path())) {
        throw new ConfigException(
            inputsOrigin + ": input path '" + input.path() + "'" + HOME_HINT + "fix the path");
      }
      if (isLocal(input.path()) && !LocalPaths.matchesAnything(input.path())) {
        int line = lineOfPath(inputsOrigin, input.path());
        throw new ConfigException(
            inputsOrigin
                + (line > 0 ? ": line " + line : "")
                + ": input path '"
                + input.path()
                + "' does not exist or holds no file to read (a glob matching none, an empty"
                + " folder, or only names starting with '.' or '_', which are never read); fix "
                + (inputsOrigin.equals("--input") ? "--input" : "'inputs[" + i + "].path'"));
      }
      if (isLocal(input.path())
          && isLocal(config.output())
          && LocalPaths.inside(input.path(), config.output())) {
        throw new ConfigException(
            inputsOrigin
                + ": input path '"
                + input.path()
                + "' is the output directory '"
                + config.output()
                + "' or lies inside it: the run would read its own tables back as input and then"
                + " replace them; choose an input outside the output (an output inside an input"
                + " folder is fine: it is not read)");
      }
    }
  }

  private static final String HOME_HINT =
      " has a folder named '~': only a shell turns '~' into the home folder, and not inside a"
          + " config file or quotes, so the run would write a folder named '~'; give the full path; ";

  /** Whether a path has an element named {@code ~} (a home folder the shell never expanded). */
  static boolean namesHome(String path) {
    String local = path.startsWith("file:") ? path.substring("file:".length()) : path;
    for (String element : local.split("/")) {
      if (element.equals("~")) {
        return true;
      }
    }
    return false;
  }

  /** The line of a YAML config file whose {@code path:} resolves to {@code resolved}; or 0. */
  static int lineOfPath(String origin, String resolved) {
    Path file = Path.of(origin);
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    try {
      List<String> lines = Files.readAllLines(file);
      Path base = file.toAbsolutePath().getParent();
      java.util.regex.Pattern pathLine =
          java.util.regex.Pattern.compile("^\\s*(?:-\\s*)?path:\\s*['\"]?(.*?)['\"]?\\s*(?:#.*)?$");
      for (int i = 0; i < lines.size(); i++) {
        java.util.regex.Matcher m = pathLine.matcher(lines.get(i));
        if (m.matches() && resolved.equals(resolve(base, m.group(1)))) {
          return i + 1;
        }
      }
    } catch (IOException | RuntimeException e) {
      // no line then
    }
    return 0;
  }

  static boolean isLocal(String path) {
    URI uri = LocalPaths.toUri(path);
    return uri.getScheme() == null || "file".equals(uri.getScheme());
  }

  private static String resolve(Path base, String path) {
    if (path == null || !isLocal(path) || path.startsWith("file:")) {
      return path;
    }
    Path p = Path.of(path);
    return p.isAbsolute() ? path : base.resolve(p).normalize().toString();
  }

  /** "file: line L, column C: what is wrong and what is allowed" for a YAML binding error. */
  public static String describe(Path file, JsonProcessingException e) {
    StringBuilder message = new StringBuilder(file.toString());
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message.append(": line ").append(offendingLine(file, e, location.getLineNr()));
    }
    String key = e instanceof JsonMappingException mapping ? keyPath(mapping) : "";
    if (e instanceof UnrecognizedPropertyException unknown) {
      String allowed =
          new TreeSet<>(
                  unknown.getKnownPropertyIds().stream()
                      .map(Object::toString)
                      .collect(Collectors.toList()))
              .stream().collect(Collectors.joining(", "));
      message
          .append(": unknown key '")
          .append(unknown.getPropertyName())
          .append("'")
          .append(key.isEmpty() ? "" : " at " + key)
          .append("; allowed keys here: ")
          .append(allowed);
    } else if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
      message.append(key.isEmpty() ? "" : ": at " + key).append(": ");
      message.append(
          invalid.getCause() instanceof NullPointerException
              ? "a list holds an empty item ('-' or '~' with no value); remove it or give its value"
              : invalid.getCause().getMessage());
    } else if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
        && invalid.getValue() instanceof Number
        && (invalid.getTargetType() == Integer.class
            || invalid.getTargetType() == int.class
            || invalid.getTargetType() == Long.class
            || invalid.getTargetType() == long.class)) {
      message
          .append(key.isEmpty() ? "" : ": at " + key)
          .append(": expected a whole number, got ")
          .append(invalid.getValue());
    } else {
      message
          .append(key.isEmpty() ? "" : ": at " + key)
          .append(": ")
          .append(e.getOriginalMessage());
    }
    return message.toString();
  }

  /**
   * The YAML parser reports where it noticed a problem, which can be the line after it (the end of
   * a mapping). Walk back to the line that holds the unknown key or the rejected value.
   */
  private static int offendingLine(Path file, JsonProcessingException e, int reported) {
    String needle = null;
    if (e instanceof UnrecognizedPropertyException unknown) {
      needle = unknown.getPropertyName() + ":";
    } else if (e instanceof ValueInstantiationException
        && e.getCause() != null
        && e.getCause().getMessage() != null) {
      java.util.regex.Matcher quoted =
          java.util.regex.Pattern.compile("'([^']+)'").matcher(e.getCause().getMessage());
      needle = quoted.find() ? quoted.group(1) : null;
    }
    int total = reported;
    try {
      total = Math.max(1, Files.readAllLines(file).size());
    } catch (IOException ignored) {
      // keep the parser's line
    }
    if (needle == null) {
      return Math.min(reported, total);
    }
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = Math.min(reported, lines.size()) - 1; i >= 0; i--) {
        if (lines.get(i).contains(needle)) {
          return i + 1;
        }
      }
    } catch (IOException ignored) {
      // Fall back to the parser's line.
    }
    return Math.min(reported, total);
  }

  private static String keyPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
