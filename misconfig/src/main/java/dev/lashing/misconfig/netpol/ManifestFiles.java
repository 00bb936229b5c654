package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.k8s.K8sLoader;
import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.yaml.YamlLoader;
import dev.lashing.misconfig.yaml.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads Kubernetes objects from files and directories (walked for {@code *.yaml}, {@code *.yml},
 * {@code *.json}; hidden entries skipped), each file capped in size. A file that cannot be read or
 * parsed is reported in {@code errors} (one line, {@code file:line: …}) and the rest are still
 * read.
 */
public final class ManifestFiles {
  public static final int MAX_FILE = 8 * 1024 * 1024;
  private static final int MAX_FILES = 100_000;
  private static final int MAX_DEPTH = 32;

  private ManifestFiles() {}

  public static List<K8sObject> load(List<Path> inputs, List<String> errors) {
    K8sLoader loader = K8sLoader.create();
    List<K8sObject> out = new ArrayList<>();
    for (Path input : inputs) {
      for (Path file : expand(input, errors)) {
        try (InputStream in = Files.newInputStream(file)) {
          byte[] bytes = in.readNBytes(MAX_FILE + 1);
          if (bytes.length > MAX_FILE) {
            errors.add(file + ": larger than " + MAX_FILE + " bytes; skipped");
            continue;
          }
          out.addAll(parse(loader, file.toString(), new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          errors.add(file + ": cannot read: " + e.getMessage());
        } catch (MisconfigException e) {
          errors.add(e.getMessage());
        }
      }
    }
    return out;
  }

  /** Objects from one in-memory document stream named {@code name} (e.g. standard input). */
  public static List<K8sObject> load(String name, String text, List<String> errors) {
    try {
      return parse(K8sLoader.create(), name, text);
    } catch (MisconfigException e) {
      errors.add(e.getMessage());
      return List.of();
    }
  }

  /**
   * The objects of one file, plus the items of typed lists as the API server returns them ({@code
   * kind: PodList} whose items carry no {@code kind}/{@code apiVersion}).
   */
  static List<K8sObject> parse(K8sLoader loader, String file, String text)
      throws MisconfigException {
    List<K8sObject> out = new ArrayList<>(loader.load(file, text));
    if (!text.contains("List")) {
      return out;
    }
    List<YamlNode> docs = YamlLoader.create().load(file, text);
    for (int d = 0; d < docs.size(); d++) {
      if (!(docs.get(d) instanceof YamlNode.Mapping root)) {
        continue;
      }
      String kind = root.text("kind");
      String apiVersion = root.text("apiVersion");
      if (kind == null || !kind.endsWith("List") || kind.equals("List")) {
        continue;
      }
      List<YamlNode> items = root.sequence("items").map(YamlNode.Sequence::items).orElse(List.of());
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof YamlNode.Mapping item
            && (item.text("kind") == null || item.text("apiVersion") == null)) {
          YamlNode.Mapping meta = item.mapping("metadata").orElse(null);
          String name = meta == null ? null : meta.text("name");
          out.add(
              new K8sObject(
                  file,
                  d,
                  "items[" + i + "]",
                  apiVersion == null ? "v1" : apiVersion,
                  kind.substring(0, kind.length() - "List".length()),
                  meta == null ? null : meta.text("namespace"),
                  name == null ? "" : name,
                  item));
        }
      }
    }
    return out;
  }

  private static List<Path> expand(Path input, List<String> errors) {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    if (!Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
      errors.add(input + ": no such file or directory");
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(input, MAX_DEPTH)) {
      return walk.filter(p -> !hidden(input, p))
          .filter(Files::isRegularFile)
          .filter(ManifestFiles::manifest)
          .sorted()
          .limit(MAX_FILES)
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      errors.add(input + ": cannot walk: " + e.getMessage());
      return List.of();
    }
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean manifest(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
