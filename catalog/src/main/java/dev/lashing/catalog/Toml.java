package dev.lashing.catalog;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;

/** Bounded TOML reading for lockfiles (Cargo.lock, poetry.lock, uv.lock). */
public final class Toml {
  private Toml() {}

  private static final TomlMapper MAPPER =
      new TomlMapper(
          TomlFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxStringLength(16 << 20)
                      .build())
              .build());

  public static JsonNode read(byte[] content) throws MalformedFileException {
    try {
      JsonNode n = MAPPER.readTree(content);
      if (n == null || !n.isObject()) {
        throw new MalformedFileException("TOML document is not a table");
      }
      return n;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new MalformedFileException(
          "malformed TOML: " + LanguagePackages.firstLine(e.getMessage()), e);
    }
  }
}
