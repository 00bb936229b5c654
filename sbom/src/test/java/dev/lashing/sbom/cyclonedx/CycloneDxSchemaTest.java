package dev.lashing.sbom.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.sbom.Documents;
import dev.lashing.sbom.Samples;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomFormat;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CycloneDX document validates against the official 1.6 schema, with the library's own
 * validator and the schemas inside its jar: any attempt to reach the network is recorded (through
 * the default proxy selector, which every HTTP connection consults) and fails the test.
 */
class CycloneDxSchemaTest {
  private static final List<URI> NETWORK = new ArrayList<>();
  private static ProxySelector saved;

  @BeforeAll
  static void watchNetwork() {
    saved = ProxySelector.getDefault();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            synchronized (NETWORK) {
              NETWORK.add(uri);
            }
            throw new IllegalStateException("network access attempted: " + uri);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
        });
  }

  @AfterAll
  static void restore() {
    ProxySelector.setDefault(saved);
  }

  static Stream<Sbom> samples() {
    return Stream.of(Samples.image(), Samples.directory());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void jsonIsValid(Sbom sbom) throws IOException {
    assertValid(new JsonParser(), Documents.write(sbom, SbomFormat.CYCLONEDX_JSON));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void xmlIsValid(Sbom sbom) throws IOException {
    assertValid(new XmlParser(), Documents.write(sbom, SbomFormat.CYCLONEDX_XML));
  }

  static void assertValid(Parser parser, String document) throws IOException {
    List<ParseException> errors =
        parser.validate(document.getBytes(StandardCharsets.UTF_8), CycloneDx.VERSION);
    assertThat(errors).extracting(Throwable::getMessage).isEmpty();
    assertThat(NETWORK).isEmpty();
  }
}
