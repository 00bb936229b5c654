package dev.lashing.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

/** Schema validation for tests: the error messages, empty when the document is valid. */
public final class Schemas {
  private static final JsonSchema SPDX = loadSpdx();

  private Schemas() {}

  public static List<String> spdxJson(byte[] document) throws IOException {
    return SPDX.validate(new ObjectMapper().readTree(document)).stream()
        .map(ValidationMessage::getMessage)
        .toList();
  }

  public static List<String> cyclonedx(byte[] document, SbomFormat format) throws IOException {
    var parser = format == SbomFormat.CYCLONEDX_XML ? new XmlParser() : new JsonParser();
    return parser.validate(document, org.cyclonedx.Version.VERSION_16).stream()
        .map(ParseException::getMessage)
        .toList();
  }

  private static JsonSchema loadSpdx() {
    try (InputStream in = Schemas.class.getResourceAsStream("/spdx/spdx-schema-v2.3.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
