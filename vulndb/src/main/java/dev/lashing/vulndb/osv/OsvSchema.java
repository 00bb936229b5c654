package dev.lashing.vulndb.osv;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The OSV JSON schema (draft 2020-12), shipped in resources, compiled once; thread-safe. */
final class OsvSchema {

  static {
    // networknt and ae-security log through SLF4J; Lashing binds no provider, and SLF4J would
    // print three lines about that on standard error. Choose its silent provider explicitly.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
  }

  private static final JsonSchema SCHEMA = load();

  private OsvSchema() {}

  private static JsonSchema load() {
    try (InputStream in = OsvSchema.class.getResourceAsStream("osv-schema.json")) {
      if (in == null) {
        throw new IllegalStateException("osv-schema.json missing from the classpath");
      }
      JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      s.initializeValidators();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations of one record, at most {@code max}, each as "path: message"; empty if valid. */
  static List<String> violations(JsonNode record, int max) {
    Set<ValidationMessage> errors = SCHEMA.validate(record);
    return errors.stream()
        .limit(max)
        .map(ValidationMessage::getMessage)
        .map(
            m ->
                m.replaceFirst(
                    "does not match the regex pattern .*", "does not match the schema's pattern"))
        .toList();
  }
}
