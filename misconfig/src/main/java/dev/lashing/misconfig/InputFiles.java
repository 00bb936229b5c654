package dev.lashing.misconfig;

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

/** Expands inputs into files with their kind, and reads them within a size cap. */
final class InputFiles {
  static final int MAX_FILE = 8 * 1024 * 1024;
  private static final int MAX_FILES = 100_000;
  private static final int MAX_DEPTH = 32;

  record Input(Path path, InputKind kind) {}

  private InputFiles() {}

  static List<Input> expand(List<Path> inputs, List<String> errors) {
    List<Input> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
        walk(input, out, errors);
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
    try {
      Files.walkFileTree(
          root,
          java.util.Set.of(),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
              return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
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
    found.stream()
        .sorted()
        .forEach(
            f ->
                InputKind.byName(f.getFileName().toString())
                    .ifPresent(kind -> out.add(new Input(f, kind))));
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
