package dev.lashing.misconfig.secret;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.ImageSources;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.FileType;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.fs.ImageFiles;
import dev.lashing.misconfig.MisconfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

final class DefaultSecretScanner implements SecretScanner {
  private final RuleSet rules;
  private final long maxFileBytes;

  private DefaultSecretScanner(RuleSet rules, long maxFileBytes) {
    this.rules = rules;
    this.maxFileBytes = maxFileBytes;
  }

  /** The built-in configuration, read once. */
  private static final class BuiltIn {
    static final SecretConfig CONFIG = SecretRules.builtIn();
  }

  static SecretScanner create(SecretConfig config) throws MisconfigException {
    return new DefaultSecretScanner(RuleSet.of(BuiltIn.CONFIG, config), config.maxFileBytes());
  }

  @Override
  public List<SecretRule> rules() {
    return rules.rules();
  }

  @Override
  public SecretScanResult scan(String target, ImageOptions options)
      throws ImageException, IOException {
    String t = target.strip();
    if (isPlainFile(t)) {
      return scanFile(Path.of(t));
    }
    try (Image image = ImageSources.open(t, options)) {
      return scan(image, options);
    }
  }

  private static boolean isPlainFile(String t) {
    String n = t.toLowerCase(Locale.ROOT);
    if (n.endsWith(".tar") || n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
      return false;
    }
    try {
      return Files.isRegularFile(Path.of(t));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  @Override
  public SecretScanResult scan(Image image, ImageOptions options)
      throws ImageException, IOException {
    ImageFiles files = FileViews.index(image, options.limits());
    FileResolver all = files.allLayers();
    Function<FileEntry, String> display = displayPaths(image);
    List<FileEntry> candidates = new ArrayList<>();
    int allowed = 0;
    int large = 0;
    for (FileEntry e : (Iterable<FileEntry>) all.entries()::iterator) {
      // Hard links share their target's content, which is scanned as its own entry.
      if (e.type() != FileType.REGULAR || e.size() == 0) {
        continue;
      }
      if (rules.pathAllowed(e.path())) {
        allowed++;
      } else if (e.size() > maxFileBytes) {
        large++;
      } else {
        candidates.add(e);
      }
    }
    LayerMerge merge = new LayerMerge(image.layers(), files.squashed());
    int[] counts = new int[2];
    all.readEach(
        candidates,
        (e, in) -> {
          byte[] content = in.readNBytes((int) e.size());
          if (RuleSet.binary(content)) {
            counts[1]++;
            return;
          }
          counts[0]++;
          merge.add(e, display.apply(e), content, rules.match(e.path(), content));
        });
    return new SecretScanResult(
        image.name(), merge.findings(), counts[0], counts[1], large, allowed);
  }

  private static Function<FileEntry, String> displayPaths(Image image) {
    if (image.kind() != Image.Kind.DIRECTORY) {
      return FileEntry::path;
    }
    Path base = Path.of(image.name());
    return e -> base.resolve(e.path().substring(1)).normalize().toString();
  }

  @Override
  public SecretScanResult scanFile(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
      throw new IOException(file + ": not a regular file");
    }
    String name = file.toString();
    String abs = file.toAbsolutePath().normalize().toString();
    if (rules.pathAllowed(abs)) {
      return new SecretScanResult(name, List.of(), 0, 0, 0, 1);
    }
    if (Files.size(file) > maxFileBytes) {
      return new SecretScanResult(name, List.of(), 0, 0, 1, 0);
    }
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      content = in.readNBytes((int) maxFileBytes + 1);
    }
    if (content.length > maxFileBytes) {
      return new SecretScanResult(name, List.of(), 0, 0, 1, 0);
    }
    if (RuleSet.binary(content)) {
      return new SecretScanResult(name, List.of(), 0, 1, 0, 0);
    }
    return new SecretScanResult(name, findings(abs, name, content), 1, 0, 0, 0);
  }

  @Override
  public List<SecretFinding> scan(String path, byte[] content) {
    return RuleSet.binary(content) ? List.of() : findings(path, path, content);
  }

  private List<SecretFinding> findings(String matchPath, String display, byte[] content) {
    LayerMerge merge = new LayerMerge(List.of(), null);
    merge.add(null, display, content, rules.match(matchPath, content));
    return merge.findings();
  }
}
