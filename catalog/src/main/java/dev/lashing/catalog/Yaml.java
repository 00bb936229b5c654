package dev.lashing.catalog;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/** Bounded YAML reading for lockfiles: size, nesting, aliases (billion laughs) and documents. */
public final class Yaml {
  private Yaml() {}

  private static final int MAX_DOCUMENTS = 16;

  private static final YAMLMapper MAPPER;

  static {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 << 20);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(100);
    options.setAllowDuplicateKeys(true);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build())
            .build();
    MAPPER = new YAMLMapper(factory);
  }

  /** Every document of a YAML stream (at most {@value #MAX_DOCUMENTS}). */
  public static List<JsonNode> documents(byte[] content) throws MalformedFileException {
    List<JsonNode> docs = new ArrayList<>();
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(content)) {
      while (it.hasNextValue() && docs.size() < MAX_DOCUMENTS) {
        JsonNode n = it.nextValue();
        if (n != null) {
          docs.add(n);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new MalformedFileException(
          "malformed YAML: " + LanguagePackages.firstLine(e.getMessage()), e);
    }
    return docs;
  }
}
