package dev.lashing.misconfig.check;

import dev.lashing.misconfig.MisconfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The checks: the built-in ones in the order of {@code checks/index.txt} (an explicit list, no
 * classpath scanning), then any user directories' {@code *.yaml} files in name order.
 */
public final class CheckCatalog {
  static final String INDEX = "/checks/index.txt";
  private static final int MAX_FILE = 1 << 20;
  private static final int MAX_USER_FILES = 10_000;

  private CheckCatalog() {}

  /** The checks shipped with Lashing. */
  public static List<Check> builtin() throws MisconfigException {
    List<Check> out = new ArrayList<>();
    for (String line : resource(INDEX).split("\\R")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        out.add(CheckReader.read("checks/" + name, resource("/checks/" + name)));
      }
    }
    return out;
  }

  /** The built-in checks plus the checks in {@code dirs}; an id may be defined only once. */
  public static List<Check> load(List<Path> dirs) throws MisconfigException {
    Map<String, Check> byId = new LinkedHashMap<>();
    List<Check> all = new ArrayList<>(builtin());
    for (Path dir : dirs) {
      all.addAll(directory(dir));
    }
    for (Check c : all) {
      Check previous = byId.putIfAbsent(c.id(), c);
      if (previous != null) {
        throw MisconfigException.at(
            c.source(), 0, "check id " + c.id() + " is already defined in " + previous.source());
      }
    }
    return List.copyOf(byId.values());
  }

  /** The {@code *.yaml}/{@code *.yml} check files directly in {@code dir}, in name order. */
  public static List<Check> directory(Path dir) throws MisconfigException {
    if (!Files.isDirectory(dir)) {
      throw MisconfigException.at(dir.toString(), 0, "checks directory does not exist");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
              .filter(Files::isRegularFile)
              .sorted()
              .limit(MAX_USER_FILES)
              .toList();
    } catch (IOException e) {
      throw MisconfigException.at(dir.toString(), 0, "cannot list checks: " + e.getMessage());
    }
    List<Check> out = new ArrayList<>();
    for (Path f : files) {
      out.add(CheckReader.read(f.toString(), read(f)));
    }
    return out;
  }

  private static String read(Path file) throws MisconfigException {
    try {
      if (Files.size(file) > MAX_FILE) {
        throw MisconfigException.at(file.toString(), 0, "check file larger than 1 MiB");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw MisconfigException.at(file.toString(), 0, "cannot read: " + e.getMessage());
    }
  }

  private static String resource(String name) throws MisconfigException {
    try (InputStream in = CheckCatalog.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new MisconfigException("built-in check resource missing: " + name);
      }
      byte[] bytes = in.readNBytes(MAX_FILE + 1);
      if (bytes.length > MAX_FILE) {
        throw new MisconfigException("built-in check resource too large: " + name);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MisconfigException("cannot read built-in check " + name + ": " + e.getMessage(), e);
    }
  }
}
