package dev.lashing.model.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.version.OsvEvent.Fixed;
import dev.lashing.model.version.OsvEvent.Introduced;
import dev.lashing.model.version.OsvEvent.LastAffected;
import dev.lashing.model.version.OsvEvent.Limit;
import dev.lashing.model.version.OsvRange.Type;
import dev.lashing.model.version.OsvRange.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsvRangeTest {

  /** GHSA-jfh8-c2jp-5v3q (Log4Shell) as OSV writes it for log4j-core. */
  private static final OsvRange LOG4SHELL =
      new OsvRange(
          "Maven",
          Type.ECOSYSTEM,
          List.of(
              new Introduced("2.13.0"),
              new Fixed("2.15.0"),
              new Introduced("2.0-beta9"),
              new Fixed("2.12.2")));

  @Test
  void eventsAreSortedBeforeWalking() {
    assertThat(LOG4SHELL.affects("2.14.1")).isTrue();
    assertThat(LOG4SHELL.affects("2.0-beta9")).isTrue();
    assertThat(LOG4SHELL.affects("2.12.1")).isTrue();
    assertThat(LOG4SHELL.affects("2.12.2")).isFalse();
    assertThat(LOG4SHELL.affects("2.15.0")).isFalse();
    assertThat(LOG4SHELL.affects("2.17.1")).isFalse();
    assertThat(LOG4SHELL.affects("1.2.17")).isFalse();
  }

  @Test
  void introducedZeroMeansFromTheStart() {
    OsvRange r =
        new OsvRange("PyPI", Type.ECOSYSTEM, List.of(new Introduced("0"), new Fixed("1.0")));
    assertThat(r.affects("0.0.1.dev1")).isTrue();
    assertThat(r.affects("1.0rc1")).isTrue();
    assertThat(r.affects("1.0")).isFalse();
  }

  @Test
  void lastAffectedIncludesItself() {
    OsvRange r =
        new OsvRange(
            "Debian:12", Type.ECOSYSTEM, List.of(new Introduced("0"), new LastAffected("1.2-3")));
    assertThat(r.affects("1.2-3")).isTrue();
    assertThat(r.affects("1.2-3+deb12u1")).isFalse();
  }

  @Test
  void limitCapsTheRange() {
    OsvRange r =
        new OsvRange("npm", Type.SEMVER, List.of(new Introduced("1.0.0"), new Limit("2.0.0")));
    assertThat(r.affects("1.5.0")).isTrue();
    assertThat(r.affects("2.0.0")).isFalse();
  }

  @Test
  void semverRangesUseSemverWhateverTheEcosystem() {
    OsvRange r = new OsvRange("Go", Type.SEMVER, List.of(new Introduced("0"), new Fixed("1.10.0")));
    assertThat(r.affects("1.9.0")).isTrue();
    assertThat(r.affects("v1.10.0")).isFalse();
  }

  @Test
  void gitRangesAreNotEvaluable() {
    OsvRange r = new OsvRange("", Type.GIT, List.of(new Introduced("0"), new Fixed("abc123")));
    assertThat(r.evaluate("1.0")).isEqualTo(Verdict.NOT_EVALUABLE);
    assertThat(r.affects("1.0")).isFalse();
    OsvAffected a = new OsvAffected("PyPI", List.of(r), List.of("1.0"));
    assertThat(a.affects("1.0")).isTrue();
    assertThat(a.hasUnevaluableRanges()).isTrue();
  }

  @Test
  void explicitVersionsCount() {
    OsvAffected a = new OsvAffected("PyPI", List.of(), List.of("1.0", "1.1"));
    assertThat(a.affects("1.1.0")).isTrue();
    assertThat(a.affects("1.2")).isFalse();
  }

  @Test
  void distroFeedFixedIn() {
    VersionScheme alpine = VersionSchemes.forEcosystem("Alpine:v3.20");
    assertThat(alpine.fixedIn("1.36.1-r15", "1.36.1-r20")).isTrue();
    assertThat(alpine.fixedIn("1.36.1-r20", "1.36.1-r20")).isFalse();
    assertThat(VersionSchemes.forEcosystem("Debian").fixedIn("2.36-9", "0")).isFalse();
  }

  @Test
  void unknownNamesAreRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> OsvEvent.of("patched", "1")).hasMessageContaining("patched");
    assertThatThrownBy(() -> Type.of("range")).hasMessageContaining("ECOSYSTEM");
    assertThat(OsvEvent.of("last_affected", "2")).isEqualTo(new LastAffected("2"));
  }
}
