package dev.lashing.model.version;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The allocation-free comparisons of dpkg and semver versions agree with the parsing ones on every
 * string, so the fast path is an optimisation only.
 */
class InPlaceComparePropertiesTest {

  @Property(tries = 20_000)
  void semverInPlaceAgreesWithParsing(
      @ForAll("semverish") String a, @ForAll("semverish") String b) {
    int parsed = Integer.signum(SemverVersion.parse(a).compareTo(SemverVersion.parse(b)));
    assertThat(Integer.signum(SemverVersion.compare(a, b))).as(a + " vs " + b).isEqualTo(parsed);
  }

  @Property(tries = 20_000)
  void dpkgInPlaceAgreesWithParsing(@ForAll("dpkgish") String a, @ForAll("dpkgish") String b) {
    DpkgVersion x = DpkgVersion.parse(a);
    DpkgVersion y = DpkgVersion.parse(b);
    int c = DpkgVersion.verrevcmp(x.epoch(), y.epoch());
    if (c == 0) {
      c = DpkgVersion.verrevcmp(x.upstream(), y.upstream());
    }
    int parsed = c != 0 ? c : DpkgVersion.verrevcmp(x.revision(), y.revision());
    assertThat(Integer.signum(DpkgVersion.compare(a, b)))
        .as(a + " vs " + b)
        .isEqualTo(Integer.signum(parsed));
  }

  @Provide
  Arbitrary<String> semverish() {
    return Arbitraries.strings().withChars("0019.-.aZz+v ").ofMinLength(0).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> dpkgish() {
    return Arbitraries.strings().withChars("0019.-:~+a ").ofMinLength(0).ofMaxLength(12);
  }
}
