package dev.lashing.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile or broken documents fail with one line naming the document and what is wrong. */
class MalformedInputTest {
  static List<Arguments> documents() {
    return List.of(
        Arguments.of(
            "cdx-json truncated",
            "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":["),
        Arguments.of(
            "cdx-json nameless component",
            "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"library\"}]}"),
        Arguments.of(
            "cdx-json bad digest",
            "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"metadata\":{\"component\":{\"type\":\"container\",\"name\":\"x\",\"properties\":[{\"name\":\"lashing:image:manifestDigest\",\"value\":\"sha256:zz\"}]}}}"),
        Arguments.of(
            "cdx-xml doctype",
            "<?xml version=\"1.0\"?><!DOCTYPE bom [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">&x;</bom>"),
        Arguments.of(
            "cdx-xml broken",
            "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components><component>"),
        Arguments.of(
            "spdx-json no namespace",
            "{\"spdxVersion\":\"SPDX-2.3\",\"name\":\"x\",\"creationInfo\":{\"created\":\"2024-01-01T00:00:00Z\"}}"),
        Arguments.of("spdx-json version 3", "{\"spdxVersion\":\"SPDX-3.0\",\"name\":\"x\"}"),
        Arguments.of(
            "spdx-json bad time",
            "{\"spdxVersion\":\"SPDX-2.3\",\"name\":\"x\",\"documentNamespace\":\"n\",\"creationInfo\":{\"created\":\"yesterday\"}}"),
        Arguments.of(
            "spdx-tv open text", "SPDXVersion: SPDX-2.3\nDocumentName: <text>never closed"),
        Arguments.of("spdx-tv no colon", "SPDXVersion: SPDX-2.3\nthis line has none"),
        Arguments.of("unknown", "hello world"),
        Arguments.of("empty", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void failsWithOneLineNamingTheDocument(String name, String content) {
    byte[] bytes = content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SbomCodecs.read(bytes, "doc-" + name.replace(' ', '-')))
        .isInstanceOf(SbomException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).startsWith("doc-" + name.replace(' ', '-') + ": ");
              assertThat(e.getMessage()).doesNotContain("\n");
            });
  }

  @Test
  void fileReadNamesTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.spdx.json");
    Files.writeString(f, "{\"spdxVersion\":\"SPDX-2.3\"}");
    assertThatThrownBy(() -> SbomCodecs.read(f))
        .isInstanceOf(SbomException.class)
        .hasMessageStartingWith(f + ": ")
        .hasMessageContaining("name");
  }

  @Test
  void missingFileIsOneLine(@TempDir Path dir) {
    assertThatThrownBy(() -> SbomCodecs.read(dir.resolve("nope.json")))
        .isInstanceOf(SbomException.class)
        .hasMessageContaining("nope.json");
  }
}
