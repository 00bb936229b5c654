package dev.lashing.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Encode → decode is the identity on generated SBOMs, for each readable format, and every generated
 * document is schema-valid.
 */
class RoundTripPropertiesTest {
  @Provide
  Arbitrary<Sbom> sboms() {
    return SbomArbitraries.sbom();
  }

  @Property(tries = 100)
  void cyclonedxJson(@ForAll("sboms") Sbom sbom) throws Exception {
    roundTrip(sbom, SbomFormat.CYCLONEDX_JSON);
  }

  @Property(tries = 100)
  void cyclonedxXml(@ForAll("sboms") Sbom sbom) throws Exception {
    roundTrip(sbom, SbomFormat.CYCLONEDX_XML);
  }

  @Property(tries = 100)
  void spdxJson(@ForAll("sboms") Sbom sbom) throws Exception {
    roundTrip(sbom, SbomFormat.SPDX_JSON);
  }

  @Property(tries = 100)
  void spdxTagValue(@ForAll("sboms") Sbom sbom) throws Exception {
    roundTrip(sbom, SbomFormat.SPDX_TV);
  }

  private static void roundTrip(Sbom sbom, SbomFormat format) throws Exception {
    byte[] bytes = Documents.write(sbom, format).getBytes(StandardCharsets.UTF_8);
    switch (format) {
      case CYCLONEDX_JSON, CYCLONEDX_XML -> assertThat(Schemas.cyclonedx(bytes, format)).isEmpty();
      case SPDX_JSON -> assertThat(Schemas.spdxJson(bytes)).isEmpty();
      default -> {}
    }
    assertThat(SbomCodecs.read(bytes, format, "generated")).isEqualTo(sbom);
  }
}
