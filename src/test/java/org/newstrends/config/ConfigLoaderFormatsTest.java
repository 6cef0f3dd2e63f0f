package org.newstrends.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs of several formats with presets, mappings and assumed dates, checked before Spark. */
class ConfigLoaderFormatsTest {

  @TempDir Path dir;

  private Path config(String yaml) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void mixedInputsBindWithPresetsMappingsAndAssumedDates() throws IOException {
    JobConfig job =
        ConfigLoader.load(
            config(
                """
                inputs:
                  - path: data/rss/*.jsonl.gz
                    format: jsonl
                    preset: rss-2023
                  - path: data/np.jsonl
                    format: jsonl
                    preset: news-please
                    mapping:
                      section: category
                      lede:
                  - path: data/list.csv
                    format: csv
                    mapping: {title: headline, body: text, date: published}
                  - path: data/bbc
                    format: files
                    assume_date: 2005-06-30
                output: out
                """));
    assertEquals(4, job.inputs().size());
    InputSpec rss = job.inputs().get(0);
    assertEquals(dir.resolve("data/rss/*.jsonl.gz").toString(), rss.path());
    assertEquals("artist", rss.fieldMapping().get("source"));
    assertEquals("source", rss.fieldMapping().get("source_url"));
    InputSpec np = job.inputs().get(1);
    assertEquals("category", np.fieldMapping().get("section"));
    assertNull(np.fieldMapping().get("lede"), "an empty value unmaps a preset field");
    assertEquals("maintext", np.fieldMapping().get("body"));
    InputSpec csv = job.inputs().get(2);
    assertEquals("headline", csv.fieldMapping().get("title"));
    assertNull(csv.fieldMapping().get("url"), "a mapping without preset maps only its fields");
    assertEquals(LocalDate.of(2005, 6, 30), job.inputs().get(3).assumedDate());
    assertEquals(InputFormat.FILES, job.inputs().get(3).inputFormat());
  }

  @Test
  void unknownPresetNamesFileLineAndAllowedPresets() throws IOException {
    Path file =
        config("inputs:\n  - path: data\n    format: jsonl\n    preset: newsplease\noutput: out\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().startsWith(file.toString() + ": line "), e.getMessage());
    assertTrue(e.getMessage().contains("unknown preset 'newsplease'"), e.getMessage());
    assertTrue(e.getMessage().contains("news-please, rss-2023"), e.getMessage());
  }

  @Test
  void unknownMappingFieldAndMisplacedMappingAreErrors() throws IOException {
    Path file =
        config(
            "inputs:\n  - path: data\n    format: csv\n    mapping:\n      headline: title\noutput: o\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().contains("line "), e.getMessage());
    assertTrue(e.getMessage().contains("unknown mapping field 'headline'"), e.getMessage());
    assertTrue(e.getMessage().contains("title, body, lede, date"), e.getMessage());
    Path files =
        config("inputs:\n  - path: data\n    format: files\n    preset: rss-2023\noutput: o\n");
    ConfigException e2 = assertThrows(ConfigException.class, () -> ConfigLoader.load(files));
    assertTrue(e2.getMessage().contains("apply to the jsonl and csv formats"), e2.getMessage());
    Path csvPreset =
        config("inputs:\n  - path: data\n    format: csv\n    preset: rss-2023\noutput: o\n");
    ConfigException e3 = assertThrows(ConfigException.class, () -> ConfigLoader.load(csvPreset));
    assertTrue(e3.getMessage().contains("csv-article-list, csv-sentences"), e3.getMessage());
  }

  @Test
  void badAssumeDateAndUnknownFormatAreErrors() throws IOException {
    Path file =
        config(
            "inputs:\n  - path: data\n    format: files\n    assume_date: 2005-13-01\noutput: o\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().contains("'assume_date' must be a date YYYY-MM-DD"), e.getMessage());
    Path fmt = config("inputs:\n  - path: data\n    format: parquet\noutput: o\n");
    ConfigException e2 = assertThrows(ConfigException.class, () -> ConfigLoader.load(fmt));
    assertTrue(e2.getMessage().contains("text-dump, jsonl, csv, files"), e2.getMessage());
  }
}
