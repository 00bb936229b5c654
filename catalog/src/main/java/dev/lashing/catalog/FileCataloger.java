package dev.lashing.catalog;

import dev.lashing.image.fs.FileEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A cataloger that picks files by path, reads each (bounded) and hands it to a {@link FileParser}.
 * Files owned by OS packages are skipped; a file that is too large or malformed becomes one warning
 * ({@code PATH: what is wrong}) and the others are still parsed.
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
  public CatalogResult catalog(CatalogContext context) throws IOException {
    List<FileEntry> files =
        context
            .files()
            .entries()
            .filter(FileEntry::isRegular)
            .filter(e -> wanted.test(e.path()))
            .filter(e -> !context.ownedByOs(e.path()))
            .toList();
    List<FileEntry> readable = new ArrayList<>();
    for (FileEntry e : files) {
      if (e.size() > maxBytes) {
        context.warn(
            e.path()
                + ": "
                + e.size()
                + " bytes, larger than the "
                + maxBytes
                + " bytes "
                + name
                + " reads; skipped");
      } else {
        readable.add(e);
      }
    }
    List<CatalogResult> results = new ArrayList<>();
    context
        .files()
        .readEach(
            readable,
            (file, in) -> {
              byte[] content = in.readNBytes(maxBytes);
              results.add(parseOne(context, file, content));
            });
    return Catalog.merge(results);
  }

  private CatalogResult parseOne(CatalogContext context, FileEntry file, byte[] content) {
    try {
      return parser.parse(file.location(), content);
    } catch (MalformedFileException e) {
      context.warn(file.path() + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      context.warn(file.path() + ": cannot parse (" + e + ")");
    }
    return CatalogResult.EMPTY;
  }
}
