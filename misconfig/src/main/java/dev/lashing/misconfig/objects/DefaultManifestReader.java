package dev.lashing.misconfig.objects;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.k8s.K8sLoader;
import dev.lashing.misconfig.k8s.K8sObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

final class DefaultManifestReader implements ManifestReader {
  static final int MAX_FILE = 8 * 1024 * 1024;
  private static final int MAX_FILES = 100_000;
  private static final int MAX_DEPTH = 32;

  private final K8sLoader loader = K8sLoader.create();

  @Override
  public ObjectSet read(List<Path> inputs) {
    List<String> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
        walk(input, files, problems);
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        problems.add(input + ": no such file or directory");
      }
    }
    List<K8sObject> objects = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = readCapped(file, problems);
      if (bytes != null) {
        parse(file.toString(), bytes, objects, problems);
      }
    }
    String origin = inputs.stream().map(Path::toString).collect(Collectors.joining(", "));
    return new ObjectSet(origin, objects, files, List.of(), problems);
  }

  @Override
  public ObjectSet read(String name, byte[] content) {
    List<String> problems = new ArrayList<>();
    List<K8sObject> objects = new ArrayList<>();
    String text = parse(name, content, objects, problems);
    List<ObjectSet.Text> texts = text == null ? List.of() : List.of(new ObjectSet.Text(name, text));
    return new ObjectSet(name, objects, List.of(), texts, problems);
  }

  private @Nullable String parse(
      String name, byte[] bytes, List<K8sObject> objects, List<String> problems) {
    if (bytes.length > MAX_FILE) {
      problems.add(name + ": larger than " + MAX_FILE + " bytes; skipped");
      return null;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(name + ": not UTF-8 text; skipped");
      return null;
    }
    try {
      loader.load(name, text).forEach(o -> objects.add(SecretMetadata.strip(o)));
    } catch (MisconfigException e) {
      problems.add(e.getMessage());
    }
    return text;
  }

  private static byte @Nullable [] readCapped(Path file, List<String> problems) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_FILE + 1);
      if (bytes.length > MAX_FILE) {
        problems.add(file + ": larger than " + MAX_FILE + " bytes; skipped");
        return null;
      }
      return bytes;
    } catch (IOException e) {
      problems.add(file + ": cannot read: " + e.getMessage());
      return null;
    }
  }

  private static void walk(Path root, List<Path> out, List<String> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          Set.of(),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
              return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (attrs.isRegularFile() && !name.startsWith(".") && manifestName(name)) {
                if (found.size() < MAX_FILES) {
                  found.add(file);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(file + ": cannot read: " + e.getMessage());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(root + ": cannot walk: " + e.getMessage());
    }
    if (found.size() >= MAX_FILES) {
      problems.add(root + ": more than " + MAX_FILES + " manifest files; the rest skipped");
    }
    found.stream().sorted().forEach(out::add);
  }

  private static boolean manifestName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }
}
