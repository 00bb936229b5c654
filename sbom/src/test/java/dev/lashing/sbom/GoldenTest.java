package dev.lashing.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format's output for the samples, compared with the golden files in {@code
 * src/test/resources/golden/} after redacting the volatile fields (timestamps, serial numbers).
 * Regenerate with {@code -Dgolden.update=true}.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static List<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (SbomFormat f : SbomFormat.values()) {
      out.add(Arguments.of(f, "image", Samples.image()));
      out.add(Arguments.of(f, "directory", Samples.directory()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesGoldenFile(SbomFormat format, String name, Sbom sbom) throws Exception {
    String actual = Documents.redact(Documents.write(sbom, format));
    Path file = GOLDEN.resolve(name + "." + extension(format));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file (regenerate with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void outputIsDeterministicApartFromVolatileFields() {
    for (SbomFormat f : SbomFormat.values()) {
      Sbom one = Samples.image();
      Sbom two =
          Samples.image()
              .withVolatile(
                  Instant.parse("2030-05-06T07:08:09Z"), "urn:uuid:" + java.util.UUID.randomUUID());
      assertThat(Documents.redact(Documents.write(two, f)))
          .as(f.id())
          .isEqualTo(Documents.redact(Documents.write(one, f)));
    }
  }

  static String extension(SbomFormat f) {
    return switch (f) {
      case CYCLONEDX_JSON -> "cdx.json";
      case CYCLONEDX_XML -> "cdx.xml";
      case SPDX_JSON -> "spdx.json";
      case SPDX_TV -> "spdx";
      case TABLE -> "txt";
      case JSON -> "json";
    };
  }
}
