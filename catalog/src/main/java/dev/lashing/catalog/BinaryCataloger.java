package dev.lashing.catalog;

import dev.lashing.image.fs.FileEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cataloger for executables: regular files with an execute bit (or a Windows executable name)
 * whose content holds {@code magic} are read (bounded) and handed to a {@link FileParser}. Files
 * owned by OS packages are skipped; problems become warnings.
 *
 * @param name the stable cataloger name
 * @param tags selection tags
 * @param version bumped when the output changes
 * @param magic bytes (as ISO-8859-1) every wanted file contains
 * @param maxBytes the largest file read
 * @param parser the pure parser
 */
public record BinaryCataloger(
    String name, Set<String> tags, int version, Pattern magic, int maxBytes, FileParser parser)
    implements Cataloger {

  public BinaryCataloger {
    tags = Set.copyOf(tags);
  }

  static boolean executable(FileEntry e) {
    String n = e.name().toLowerCase(Locale.ROOT);
    return e.isRegular()
        && e.size() >= 64
        && ((e.mode() & 0111) != 0 || n.endsWith(".exe") || n.endsWith(".dll"));
  }

  @Override
  public CatalogResult catalog(CatalogContext context) throws IOException {
    List<FileEntry> hits =
        context
            .files()
            .containing(e -> executable(e) && !context.ownedByOs(e.path()), magic, maxBytes);
    List<CatalogResult> results = new ArrayList<>();
    context
        .files()
        .readEach(
            hits,
            (file, in) -> {
              byte[] content = in.readNBytes(maxBytes);
              try {
                results.add(parser.parse(file.location(), content));
              } catch (MalformedFileException e) {
                context.warn(file.path() + ": " + e.getMessage());
              } catch (RuntimeException | StackOverflowError e) {
                context.warn(file.path() + ": cannot parse (" + e + ")");
              }
            });
    return Catalog.merge(results);
  }
}
