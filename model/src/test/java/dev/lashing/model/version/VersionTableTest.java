package dev.lashing.model.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs each scheme's table in src/test/resources/version/<scheme>.txt, both directions. */
class VersionTableTest {
  private static final Pattern LINE = Pattern.compile("(\\S+) (<|>|=) (\\S+)");

  static final Map<String, VersionScheme> SCHEMES =
      Map.ofEntries(
          Map.entry("dpkg", VersionSchemes.DPKG),
          Map.entry("apk", VersionSchemes.APK),
          Map.entry("rpm", VersionSchemes.RPM),
          Map.entry("semver", VersionSchemes.SEMVER),
          Map.entry("pub", VersionSchemes.PUB),
          Map.entry("maven", VersionSchemes.MAVEN),
          Map.entry("pep440", VersionSchemes.PEP440),
          Map.entry("rubygems", VersionSchemes.RUBYGEMS),
          Map.entry("nuget", VersionSchemes.NUGET),
          Map.entry("composer", VersionSchemes.COMPOSER),
          Map.entry("cran", VersionSchemes.CRAN),
          Map.entry("hackage", VersionSchemes.HACKAGE));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dpkg",
        "apk",
        "rpm",
        "semver",
        "pub",
        "maven",
        "pep440",
        "rubygems",
        "nuget",
        "composer",
        "cran",
        "hackage"
      })
  void tableHolds(String name) throws IOException {
    VersionScheme scheme = SCHEMES.get(name);
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String line : read(name)) {
      Matcher m = LINE.matcher(line);
      if (line.isBlank() || line.startsWith("#") || !m.matches()) {
        continue;
      }
      int expected = PeerSuite.sign(m.group(2));
      int got = scheme.compare(m.group(1), m.group(3));
      int back = scheme.compare(m.group(3), m.group(1));
      if (got != expected || back != -expected) {
        wrong.add(line + " (got " + got + ", reverse " + back + ")");
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(2);
    assertThat(wrong).as(name + ".txt").isEmpty();
  }

  private static List<String> read(String name) throws IOException {
    try (InputStream in = VersionTableTest.class.getResourceAsStream("/version/" + name + ".txt")) {
      assertThat(in).as("table for " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
