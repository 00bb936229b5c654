package dev.lashing.sbom.plain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.lashing.model.Digest;
import dev.lashing.model.Platform;
import dev.lashing.sbom.Sbom;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * The {@link Sbom} record as JSON: field names are the record components (camelCase), digests,
 * platforms and times as strings. A stable interface for scripts; not a standard format.
 */
public final class SbomJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .addModule(
              new SimpleModule("lashing-sbom")
                  .addSerializer(Digest.class, ToStringSerializer.instance)
                  .addSerializer(Platform.class, ToStringSerializer.instance)
                  .addSerializer(Instant.class, ToStringSerializer.instance))
          .build();

  private SbomJson() {}

  public static void write(Sbom sbom, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(sbom));
    out.write('\n');
  }
}
