package dev.lashing.catalog;

import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A cataloger that picks files by path and hands the bytes of each (bounded) to a {@link
 * FileParser}. Files owned by OS packages are skipped; a file that is too large or malformed
 * becomes one warning ({@code PATH: what is wrong}) and the others are still parsed.
 *
 * @param name the stable cataloger name
 * @param tags selection tags
 * @param version bumped when the output changes
 * @param wanted which absolute paths to parse
 * @param maxBytes the largest file read
 * @param parser the pure parser
 */
public record FileCataloger(
    String name,
    Set<String> tags,
    int version,
    Predicate<String> wanted,
    int maxBytes,
    FileParser parser)
    implements Cataloger {

  public FileCataloger {
    tags = Set.copyOf(tags);
  }

  @Override
  public CatalogRun start(FileResolver files, @Nullable OsInfo os) {
    return new CatalogRun() {
      @Override
      public boolean wants(FileEntry file, Consumer<String> warnings) {
        if (!wanted.test(file.path())) {
          return false;
        }
        if (file.size() > maxBytes) {
          warnings.accept(
              file.path()
                  + ": "
                  + file.size()
                  + " bytes, larger than the "
                  + maxBytes
                  + " bytes "
                  + name
                  + " reads; skipped");
          return false;
        }
        return true;
      }

      @Override
      public CatalogResult read(FileEntry file, byte[] content, Consumer<String> warnings) {
        return parseOne(parser, file, content, warnings);
      }

      @Override
      public CatalogResult finish(Consumer<String> warnings) {
        return CatalogResult.EMPTY;
      }
    };
  }

  /** Parses one file; a malformed or unparsable file becomes one warning naming it. */
  static CatalogResult parseOne(
      FileParser parser, FileEntry file, byte[] content, Consumer<String> warnings) {
    try {
      return parser.parse(file.location(), content);
    } catch (MalformedFileException e) {
      warnings.accept(file.path() + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      warnings.accept(file.path() + ": cannot parse (" + e + ")");
    }
    return CatalogResult.EMPTY;
  }
}
