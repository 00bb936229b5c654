package dev.lashing.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Write → read → the same record, for every readable format and every sample. */
class RoundTripTest {
  static List<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (SbomFormat f : SbomFormat.values()) {
      if (f.readable()) {
        out.add(Arguments.of(f, "image", Samples.image()));
        out.add(Arguments.of(f, "directory", Samples.directory()));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void readsBackWhatItWrote(SbomFormat format, String name, Sbom sbom) throws Exception {
    byte[] bytes = Documents.write(sbom, format).getBytes(StandardCharsets.UTF_8);
    assertThat(SbomCodecs.detect(bytes, name)).isEqualTo(format);
    Sbom back = SbomCodecs.read(bytes, name);
    assertThat(back.subject()).isEqualTo(sbom.subject());
    assertThat(back.packages()).containsExactlyElementsOf(sbom.packages());
    assertThat(back.relationships()).containsExactlyElementsOf(sbom.relationships());
    assertThat(back).isEqualTo(sbom);
  }
}
