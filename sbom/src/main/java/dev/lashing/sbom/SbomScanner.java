package dev.lashing.sbom;

import dev.lashing.catalog.Catalog;
import dev.lashing.catalog.CatalogProgress;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.Catalogers;
import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.ImageSources;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.fs.ImageFiles;
import dev.lashing.image.fs.OsDetection;
import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Builds the SBOM of whatever a user names (an image from any source, a directory, a root
 * filesystem), in the pipeline's order: resolve source → index filesystem → detect OS → catalog →
 * build SBOM.
 */
public final class SbomScanner {
  private SbomScanner() {}

  /** The tool that writes Lashing's SBOMs: {@code lashing} and the project version. */
  public static final Sbom.Tool TOOL = new Sbom.Tool("lashing", version());

  public static Sbom scan(
      String target, ImageOptions options, List<Cataloger> catalogers, Consumer<String> warnings)
      throws ImageException, IOException {
    return scan(target, options, catalogers, false, warnings, ScanProgress.NONE);
  }

  /**
   * Scans {@code target}; with {@code byTargetKind}, only the catalogers that suit the target run
   * ({@link Catalogers#forScan}: installed packages for images, lockfiles too for directories).
   *
   * @param warnings receives one line per input file a cataloger could not read
   * @param progress hears each step (opening, indexing layers, cataloging files) and its progress
   * @throws ImageException when the target cannot be opened or indexed
   * @throws IOException when the indexed files cannot be read while cataloging
   */
  public static Sbom scan(
      String target,
      ImageOptions options,
      List<Cataloger> catalogers,
      boolean byTargetKind,
      Consumer<String> warnings,
      ScanProgress progress)
      throws ImageException, IOException {
    progress.begin("opening " + target, 0, "", 0);
    try (ProgressImage image = new ProgressImage(ImageSources.open(target, options), progress)) {
      if (byTargetKind) {
        catalogers = Catalogers.forScan(catalogers, image.kind() == Image.Kind.DIRECTORY);
      }
      progress.begin("indexing", image.layers().size(), "layers", 0);
      image.reporting(true);
      ImageFiles files = FileViews.index(image, options.limits());
      image.reporting(false);
      OsInfo os = OsDetection.detect(files.squashed()).orElse(null);
      CatalogResult result =
          Catalog.run(
              files.squashed(),
              os,
              catalogers,
              warnings,
              new CatalogProgress() {
                @Override
                public void planned(int count, long bytes) {
                  progress.begin("cataloging", count, "files", bytes);
                }

                @Override
                public void read(FileEntry file) {
                  progress.advance(1, file.size());
                }
              });
      return Sbom.of(SbomSubject.of(image, os), result, TOOL);
    }
  }

  private static String version() {
    try (InputStream in = SbomScanner.class.getResourceAsStream("lashing-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      return v.isBlank() || v.startsWith("$") ? "0.0.0-dev" : v;
    } catch (IOException e) {
      return "0.0.0-dev";
    }
  }
}
