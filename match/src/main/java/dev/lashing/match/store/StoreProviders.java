package dev.lashing.match.store;

import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The store providers, and the rule that picks one for a scan. */
public final class StoreProviders {
  /** One file of the bundled snapshot and the source name its records carry. */
  record SnapshotFile(String resource, String source) {}

  /**
   * The bundled snapshot's files (origin and license of each in the folder's SOURCES.md): real
   * Alpine secdb v3.11 lines, verbatim GitHub advisories for log4j-core, and the CISA KEV entries
   * of their CVEs.
   */
  static final List<SnapshotFile> SNAPSHOT =
      List.of(
          new SnapshotFile("snapshot/alpine-v3.11.json", "alpine"),
          new SnapshotFile("snapshot/ghsa/GHSA-jfh8-c2jp-5v3q.json", "ghsa"),
          new SnapshotFile("snapshot/ghsa/GHSA-7rjr-3q55-vv33.json", "ghsa"),
          new SnapshotFile("snapshot/ghsa/GHSA-p6xc-xr62-6r2g.json", "ghsa"),
          new SnapshotFile("snapshot/cisa-kev.json", "kev"));

  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.UTF_8);

  private StoreProviders() {}

  /**
   * The provider for a scan: {@code db} when given (a directory or file of OSV JSON records, or a
   * store database), else the local store at its default path ({@code lashing db update} fills it)
   * when it exists, else the bundled snapshot.
   */
  public static StoreProvider choose(@Nullable Path db) {
    return choose(db, VulnStores.defaultPath(System.getenv()));
  }

  /** As {@link #choose(Path)}, with the default store path given (for tests). */
  public static StoreProvider choose(@Nullable Path db, Path defaultStore) {
    if (db != null) {
      return at(db);
    }
    return Files.isRegularFile(defaultStore) ? at(defaultStore) : bundled();
  }

  /**
   * The sample snapshot shipped inside Lashing, for the images in {@code samples/}: real Alpine
   * secdb v3.11 records, the GitHub advisories of log4j-core 2.x and their CISA KEV entries (origin
   * and license in the resource folder's SOURCES.md).
   */
  public static StoreProvider bundled() {
    return () -> {
      MemoryStore store = VulnStores.inMemory();
      int alpine = 0;
      int ghsa = 0;
      for (SnapshotFile f : SNAPSHOT) {
        try (InputStream in = StoreProviders.class.getResourceAsStream(f.resource())) {
          if (in == null) {
            throw new VulnDataException(
                "bundled snapshot " + f.resource() + " missing from the jar");
          }
          int n =
              OsvRecords.read(in.readNBytes(OsvRecords.MAX_BYTES), f.resource(), f.source(), store);
          if (f.source().equals("alpine")) {
            alpine += n;
          } else if (f.source().equals("ghsa")) {
            ghsa += n;
          }
        } catch (IOException e) {
          throw new VulnDataException(
              "bundled snapshot " + f.resource() + ": " + e.getMessage(), e);
        }
      }
      return new StoreProvider.Opened(
          store,
          "bundled sample snapshot ("
              + alpine
              + " Alpine 3.11 secdb records, "
              + ghsa
              + " GitHub advisories)",
          true);
    };
  }

  /**
   * The store database at {@code path} (what {@code lashing db update/import} write), or OSV JSON
   * records in a directory (every {@code *.json}, recursively) or in one file.
   */
  public static StoreProvider at(Path path) {
    return () -> {
      if (!Files.exists(path)) {
        throw new VulnDataException(
            path + ": no vulnerability store there (run 'lashing db update' or omit --db)");
      }
      if (Files.isRegularFile(path) && isSqlite(path)) {
        return new StoreProvider.Opened(
            VulnStores.open(path), "vulnerability store " + path, false);
      }
      MemoryStore store = VulnStores.inMemory();
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
          throw new VulnDataException(path + ": cannot list: " + e.getMessage(), e);
        }
      } else {
        files = List.of(path);
      }
      int n = 0;
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          byte[] bytes = in.readNBytes(OsvRecords.MAX_BYTES + 1);
          if (bytes.length > OsvRecords.MAX_BYTES) {
            throw new VulnDataException(f + ": larger than 256 MiB, refused");
          }
          n += OsvRecords.read(bytes, f.toString(), "osv", store);
        } catch (IOException e) {
          throw new VulnDataException(f + ": cannot read: " + e.getMessage(), e);
        }
      }
      return new StoreProvider.Opened(
          store, "OSV records from " + path + " (" + n + " records)", false);
    };
  }

  private static boolean isSqlite(Path file) throws VulnDataException {
    try (InputStream in = Files.newInputStream(file)) {
      return java.util.Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
    } catch (IOException e) {
      throw new VulnDataException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
