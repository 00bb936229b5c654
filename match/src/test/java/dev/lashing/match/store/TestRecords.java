package dev.lashing.match.store;

import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStores;
import java.io.IOException;
import java.io.InputStream;

/** Loads real OSV records from test resources into a memory store. */
public final class TestRecords {
  private TestRecords() {}

  /** Reads one OSV JSON or YAML file from disk (conformance suites) into {@code store}. */
  public static void loadFile(java.nio.file.Path file, String source, MemoryStore store) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper mapper =
          file.toString().endsWith(".json")
              ? new com.fasterxml.jackson.databind.ObjectMapper()
              : new com.fasterxml.jackson.databind.ObjectMapper(
                  new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
      OsvRecords.read(mapper.readTree(file.toFile()), file.toString(), source, store);
    } catch (IOException | VulnDataException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads {@code /match/osv/NAME} records under the store source {@code source}. */
  public static MemoryStore load(String source, String... names) {
    MemoryStore store = VulnStores.inMemory();
    for (String name : names) {
      String path = "/match/osv/" + name;
      try (InputStream in = TestRecords.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " missing");
        }
        OsvRecords.read(in.readAllBytes(), path, source, store);
      } catch (IOException | VulnDataException e) {
        throw new IllegalStateException(e);
      }
    }
    return store;
  }
}
