package dev.lashing.misconfig;

import dev.lashing.misconfig.helm.HelmRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands inputs into files with their kind, and reads them within a size cap. A directory holding
 * {@code Chart.yaml} is one Helm chart input (its raw templates are not YAML and are not walked);
 * so is a packaged chart ({@code .tgz}), named or found in a walk.
 */
final class InputFiles {
  static final int MAX_FILE = 8 * 1024 * 1024;
  private static final int MAX_FILES = 100_000;
  private static final int MAX_DEPTH = 32;

  record Input(Path path, InputKind kind) {}

  private InputFiles() {}

  static List<Input> expand(List<Path> inputs, List<String> errors) {
    List<Input> out = new ArrayList<>();
    for (Path input : inputs) {
      if (HelmRenderer.isChartDirectory(input)) {
        out.add(new Input(input, InputKind.HELM_CHART));
      } else if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
        walk(input, out, errors);
      } else if (HelmRenderer.isPackagedChart(input)) {
        out.add(new Input(input, InputKind.HELM_CHART));
      } else if (Files.isRegularFile(input)) {
        String name = input.getFileName().toString();
        out.add(new Input(input, InputKind.byName(name).orElse(InputKind.KUBERNETES)));
      } else {
        errors.add(input + ": no such file or directory");
      }
    }
    return out;
  }

  private static void walk(Path root, List<Input> out, List<String> errors) {
    List<Path> found = new ArrayList<>();
    java.util.Set<Path> charts = new java.util.HashSet<>();
    try {
      Files.walkFileTree(
          root,
          java.util.Set.of(),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
              if (hidden) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (HelmRenderer.isChartDirectory(dir) && found.size() < MAX_FILES) {
                found.add(dir);
                charts.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && found.size() < MAX_FILES) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              errors.add(file + ": cannot read: " + e.getMessage());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(root + ": cannot walk: " + e.getMessage());
    }
    for (Path f : found.stream().sorted().toList()) {
      String name = f.getFileName().toString();
      if (charts.contains(f)) {
        out.add(new Input(f, InputKind.HELM_CHART));
      } else if (isArchiveName(name) && HelmRenderer.isPackagedChart(f)) {
        out.add(new Input(f, InputKind.HELM_CHART));
      } else {
        InputKind.byName(name).ifPresent(kind -> out.add(new Input(f, kind)));
      }
    }
  }

  private static boolean isArchiveName(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".tgz") || n.endsWith(".tar.gz");
  }

  static Optional<byte[]> read(Path file, List<String> errors) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_FILE + 1);
      if (bytes.length > MAX_FILE) {
        errors.add(file + ": larger than " + MAX_FILE + " bytes; skipped");
        return Optional.empty();
      }
      return Optional.of(bytes);
    } catch (IOException e) {
      errors.add(file + ": cannot read: " + e.getMessage());
      return Optional.empty();
    }
  }
}
