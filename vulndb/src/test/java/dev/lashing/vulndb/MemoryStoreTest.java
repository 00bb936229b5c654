package dev.lashing.vulndb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryStoreTest {

  private static Advisory advisory(String id, String pkg, String fixed, String... aliases) {
    var range =
        new OsvRange(
            "PyPI",
            OsvRange.Type.ECOSYSTEM,
            List.of(new OsvEvent.Introduced("0"), new OsvEvent.Fixed(fixed)));
    return new Advisory(
        id,
        "osv-pypi",
        List.of(aliases),
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(
            new AffectedPackage(
                "PyPI", pkg, AffectedStatus.AFFECTED, List.of(range), List.of(), null, null)),
        Map.of());
  }

  @Test
  void looksUpByNormalisedNameAndAlias() {
    MemoryStore store = VulnStores.inMemory();
    store.advisory(advisory("PYSEC-1", "Flask_RESTX", "1.0", "CVE-2021-1"));

    assertThat(store.advisoriesFor("PyPI", "flask.restx"))
        .extracting(Advisory::id)
        .containsExactly("PYSEC-1");
    assertThat(store.byId("CVE-2021-1")).hasSize(1);
    assertThat(store.advisoriesFor("npm", "flask-restx")).isEmpty();
  }

  @Test
  void aLaterRecordWithTheSameIdReplacesTheEarlierOne() {
    MemoryStore store = VulnStores.inMemory();
    store.advisory(advisory("PYSEC-1", "flask", "1.0", "CVE-2021-1"));
    store.advisory(advisory("PYSEC-1", "django", "2.0"));

    assertThat(store.size()).isEqualTo(1);
    assertThat(store.advisoriesFor("PyPI", "flask")).isEmpty();
    assertThat(store.byId("CVE-2021-1")).isEmpty();
    assertThat(
            store.advisoriesFor("PyPI", "django").getFirst().affected().getFirst().fixedVersions())
        .containsExactly("2.0");
  }
}
