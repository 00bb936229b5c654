package dev.lashing.sbom.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.sbom.Documents;
import dev.lashing.sbom.Samples;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomFormat;
import dev.lashing.sbom.Schemas;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SPDX JSON document validates against the SPDX 2.3 JSON schema (see spdx/SOURCES.md). */
class SpdxSchemaTest {
  static Stream<Sbom> samples() {
    return Stream.of(Samples.image(), Samples.directory());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void jsonIsValid(Sbom sbom) throws Exception {
    byte[] doc = Documents.write(sbom, SbomFormat.SPDX_JSON).getBytes(StandardCharsets.UTF_8);
    assertThat(Schemas.spdxJson(doc)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void schemaCatchesABrokenDocument(Sbom sbom) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode doc = (ObjectNode) json.readTree(Documents.write(sbom, SbomFormat.SPDX_JSON));
    doc.remove("creationInfo");
    assertThat(Schemas.spdxJson(json.writeValueAsBytes(doc))).isNotEmpty();
  }
}
