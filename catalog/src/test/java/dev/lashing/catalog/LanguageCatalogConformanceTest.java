package dev.lashing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opt-in ({@code -Pconformance}, which sets {@code lashing.conformance}; the peers folder comes
 * from {@code lashing.peers}): runs every language parser over every matching file of the Syft and
 * Trivy fixture trees and reports per cataloger how many files it read, the packages found and the
 * files it rejected with a warning. Fails if any parser throws anything else. Neither fixture tree
 * ships expected outputs for these parsers (Syft's live in Go test code, Trivy's integration
 * goldens are not part of the copied tree), so agreement is not computed.
 */
class LanguageCatalogConformanceTest {
  private static final long MAX_FILE = 64L << 20;

  record Tally(int files, int packages, List<String> warnings, List<String> crashes) {}

  @Test
  void everyParserOverEveryPeerFixture() throws IOException {
    String peers = System.getProperty("lashing.peers", "");
    assumeTrue(
        Boolean.getBoolean("lashing.conformance"), "opt-in: run with -Pconformance to enable");
    Path root = Path.of(peers.isBlank() ? "-" : peers, "08-images");
    assumeTrue(Files.isDirectory(root), "no peer fixtures at " + root);
    List<Path> files = new ArrayList<>();
    for (String suite : List.of("syft-fixtures", "trivy-fixtures")) {
      Path dir = root.resolve(suite);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    Map<String, Tally> tallies = new TreeMap<>();
    for (Cataloger c : Catalogers.defaults()) {
      if (c.tags().contains("language")) {
        tallies.put(c.name(), run(c, root, files));
      }
    }
    StringBuilder report = new StringBuilder("language catalogers over peer fixtures\n");
    tallies.forEach(
        (name, t) ->
            report.append(
                "%-34s files %4d  packages %5d  warnings %3d  crashes %d%n"
                    .formatted(
                        name, t.files(), t.packages(), t.warnings().size(), t.crashes().size())));
    tallies.forEach(
        (name, t) -> t.warnings().forEach(w -> report.append("  " + name + " " + w + "\n")));
    System.out.print(report);
    Path out = Path.of("target", "conformance", "language-catalog.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    assertThat(tallies.values().stream().flatMap(t -> t.crashes().stream())).isEmpty();
  }

  private static Tally run(Cataloger c, Path root, List<Path> files) throws IOException {
    int n = 0;
    int packages = 0;
    List<String> warnings = new ArrayList<>();
    List<String> crashes = new ArrayList<>();
    for (Path f : files) {
      String path = "/" + root.relativize(f).toString().replace('\\', '/');
      if (Files.size(f) > MAX_FILE || !wants(c, path, f)) {
        continue;
      }
      FileParser parser =
          switch (c) {
            case FileCataloger fc -> fc.parser();
            case BinaryCataloger bc -> bc.parser();
            default -> null;
          };
      if (parser == null) {
        continue;
      }
      n++;
      try {
        packages += parser.parse(new Location(path, null), Files.readAllBytes(f)).packages().size();
      } catch (MalformedFileException e) {
        warnings.add(path + ": " + e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        crashes.add(path + ": " + e);
      }
    }
    return new Tally(n, packages, warnings, crashes);
  }

  private static boolean wants(Cataloger c, String path, Path f) throws IOException {
    return switch (c) {
      case FileCataloger fc -> fc.wanted().test(path);
      case BinaryCataloger bc -> {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        yield bc.magic().stream().anyMatch(text::contains);
      }
      default -> false;
    };
  }
}
