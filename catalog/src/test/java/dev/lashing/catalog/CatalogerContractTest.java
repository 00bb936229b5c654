package dev.lashing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.lashing.image.Limits;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.rootfs.RootfsSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every registered cataloger promises (DESIGN.md, "A cataloger"): a unique stable name, tags
 * that say what it is, and for every fixture root under {@code src/test/resources/catalog/<eco>/}
 * where it finds packages, a copy with every file replaced by garbage yields a warning naming the
 * cataloger, never an exception.
 */
class CatalogerContractTest {
  private static final byte[] GARBAGE =
      "\u0000\u00ff not a {valid} [database] <file>\n\u0001\u0002 \"unterminated\n"
          .repeat(8)
          .getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void namesAreUniqueAndTagsSayWhatEachIs() {
    List<Cataloger> all = Catalogers.defaults();
    assertThat(all).isNotEmpty();
    assertThat(all.stream().map(Cataloger::name)).doesNotHaveDuplicates();
    for (Cataloger c : all) {
      assertThat(c.name()).matches("[a-z0-9]+(-[a-z0-9]+)*-cataloger");
      assertThat(c.tags()).isNotEmpty();
      assertThat(c.tags()).containsAnyOf("os", "language", "binary");
      assertThat(c.tags()).containsAnyOf("image", "directory");
      assertThat(c.version()).isPositive();
    }
    List<String> osFirst =
        all.stream().map(c -> c.tags().contains("os")).map(String::valueOf).toList();
    assertThat(osFirst)
        .isSortedAccordingTo((a, b) -> Boolean.compare(b.equals("true"), a.equals("true")));
  }

  @Test
  void malformedInputYieldsAWarningNotAnException(@TempDir Path tmp) throws Exception {
    Path fixtures = Path.of(getClass().getClassLoader().getResource("catalog").toURI());
    List<Path> roots;
    try (Stream<Path> s = Files.list(fixtures)) {
      roots = new ArrayList<>();
      for (Path eco : s.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> cases = Files.list(eco)) {
          cases.filter(Files::isDirectory).sorted().forEach(roots::add);
        }
      }
    }
    assertThat(roots).isNotEmpty();
    Set<String> checked = new HashSet<>();
    int i = 0;
    for (Path root : roots) {
      FileResolver original = view(root);
      FileResolver broken = view(garbageCopy(root, tmp.resolve("case" + i++)));
      for (Cataloger c : Catalogers.defaults()) {
        List<String> none = new ArrayList<>();
        CatalogResult found = c.catalog(new CatalogContext(original, null, Set.of(), none::add));
        if (found.packages().isEmpty()) {
          continue;
        }
        List<String> warnings = new ArrayList<>();
        assertThatCode(() -> c.catalog(new CatalogContext(broken, null, Set.of(), warnings::add)))
            .as("%s on a garbage copy of %s", c.name(), fixtures.relativize(root))
            .doesNotThrowAnyException();
        if (c.tags().contains("binary")) {
          // binary catalogers pick files by magic bytes: garbage is simply not a binary of theirs
          assertThat(warnings).allMatch(w -> !w.contains("\n"));
          checked.add(c.name());
          continue;
        }
        assertThat(warnings)
            .as("%s warns on a garbage copy of %s", c.name(), fixtures.relativize(root))
            .isNotEmpty()
            .allMatch(w -> w.contains("/") && !w.contains("\n"), "one line naming the file");
        checked.add(c.name());
      }
    }
    assertThat(checked).as("catalogers with a fixture").isNotEmpty();
  }

  private static FileResolver view(Path dir) throws Exception {
    return FileViews.index(RootfsSource.open(dir), Limits.DEFAULTS).squashed();
  }

  private static Path garbageCopy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(p)) {
          Files.write(target, GARBAGE);
        }
      }
    }
    return to;
  }
}
