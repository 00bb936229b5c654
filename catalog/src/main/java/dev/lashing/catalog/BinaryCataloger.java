package dev.lashing.catalog;

import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A cataloger for executables: regular files with an execute bit (or a Windows executable name)
 * whose content holds one of the {@code magic} strings are read (bounded) and handed to a {@link
 * FileParser}. Files owned by OS packages are skipped; problems become warnings.
 *
 * @param name the stable cataloger name
 * @param tags selection tags
 * @param version bumped when the output changes
 * @param magic byte strings (as ISO-8859-1); a wanted file contains at least one
 * @param maxBytes the largest file read
 * @param parser the pure parser
 */
public record BinaryCataloger(
    String name, Set<String> tags, int version, List<String> magic, int maxBytes, FileParser parser)
    implements Cataloger {

  public BinaryCataloger {
    tags = Set.copyOf(tags);
    magic = List.copyOf(magic);
  }

  static boolean executable(FileEntry e) {
    String n = e.name().toLowerCase(Locale.ROOT);
    return e.isRegular()
        && e.size() >= 64
        && ((e.mode() & 0111) != 0 || n.endsWith(".exe") || n.endsWith(".dll"));
  }

  @Override
  public CatalogRun start(FileResolver files, @Nullable OsInfo os) {
    byte[][] needles =
        magic.stream().map(m -> m.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
    return new CatalogRun() {
      @Override
      public boolean wants(FileEntry file, Consumer<String> warnings) {
        return executable(file) && file.size() <= maxBytes;
      }

      @Override
      public CatalogResult read(FileEntry file, byte[] content, Consumer<String> warnings) {
        for (byte[] needle : needles) {
          if (Bytes.indexOf(content, needle, 0) >= 0) {
            return FileCataloger.parseOne(parser, file, content, warnings);
          }
        }
        return CatalogResult.EMPTY;
      }

      @Override
      public CatalogResult finish(Consumer<String> warnings) {
        return CatalogResult.EMPTY;
      }
    };
  }
}
