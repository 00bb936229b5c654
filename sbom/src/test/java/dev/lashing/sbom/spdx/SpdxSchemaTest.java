package dev.lashing.sbom.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lashing.sbom.Documents;
import dev.lashing.sbom.Samples;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomFormat;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SPDX JSON document validates against the SPDX 2.3 JSON schema (see spdx/SOURCES.md). */
class SpdxSchemaTest {
  private static JsonSchema schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = SpdxSchemaTest.class.getResourceAsStream("/spdx/spdx-schema-v2.3.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
    }
  }

  static Stream<Sbom> samples() {
    return Stream.of(Samples.image(), Samples.directory());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void jsonIsValid(Sbom sbom) throws Exception {
    JsonNode doc = new ObjectMapper().readTree(Documents.write(sbom, SbomFormat.SPDX_JSON));
    Set<ValidationMessage> errors = schema.validate(doc);
    assertThat(errors).extracting(ValidationMessage::getMessage).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void schemaCatchesABrokenDocument(Sbom sbom) throws Exception {
    JsonNode doc = new ObjectMapper().readTree(Documents.write(sbom, SbomFormat.SPDX_JSON));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc).remove("creationInfo");
    assertThat(schema.validate(doc)).isNotEmpty();
  }
}
