package dev.lashing.misconfig.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real network-config-analyzer case (see resources/netpol/nca/SOURCES.md), pair by pair. */
class NcaOnlineBoutiqueTest {
  @Test
  void connectivityEqualsNetworkConfigAnalyzers() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/netpol/nca/onlineboutique").toURI());
    List<String> errors = new ArrayList<>();
    var objects =
        ManifestFiles.load(
            List.of(
                dir.resolve("ns.yaml"),
                dir.resolve("kubernetes-manifests.yaml"),
                dir.resolve("netpols.yaml")),
            errors);
    assertThat(errors).isEmpty();
    ConnectivityMap map = NetpolAnalyzer.create().analyze(objects);
    Map<String, Connections> expected =
        NcaExpected.fromList(Files.readString(dir.resolve("expected.txt")), map);
    Map<String, Connections> actual = new HashMap<>();
    map.connections().forEach(c -> actual.put(c.src().id() + "|" + c.dst().id(), c.allowed()));
    assertThat(expected).hasSize(25);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.get("default/frontend[Deployment]|default/cartservice[Deployment]"))
        .hasToString("TCP 7070");
  }
}
