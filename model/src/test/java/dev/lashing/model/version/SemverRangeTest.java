package dev.lashing.model.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SemverRangeTest {

  @Test
  void caretTildeAndOr() {
    assertThat(SemverRange.parse("^1.2.3").test("1.9.0")).isTrue();
    assertThat(SemverRange.parse("^1.2.3").test("2.0.0")).isFalse();
    assertThat(SemverRange.parse("^0.2.3").test("0.3.0")).isFalse();
    assertThat(SemverRange.parse("~1.2").test("1.2.9")).isTrue();
    assertThat(SemverRange.parse("~1.2").test("1.3.0")).isFalse();
    SemverRange r = SemverRange.parse(">=1.0.0 <2.0.0 || 3.x");
    assertThat(r.test("1.5.0")).isTrue();
    assertThat(r.test("3.4.5")).isTrue();
    assertThat(r.test("2.5.0")).isFalse();
  }

  @Test
  void hyphenAndXRanges() {
    assertThat(SemverRange.parse("1.2 - 2").test("2.9.9")).isTrue();
    assertThat(SemverRange.parse("1.2 - 2").test("3.0.0")).isFalse();
    assertThat(SemverRange.parse("1.2.x").toString()).isEqualTo(">=1.2.0 <1.3.0-0");
    assertThat(SemverRange.parse("*").test("0.0.1")).isTrue();
  }

  @Test
  void prereleasesNeedAnOptInOrTheSameTuple() {
    assertThat(SemverRange.parse(">=1.0.0").test("1.1.0-beta")).isFalse();
    assertThat(SemverRange.parse(">=1.1.0-alpha").test("1.1.0-beta")).isTrue();
    SemverRange.Options inc = new SemverRange.Options(false, true);
    assertThat(SemverRange.parse(">=1.0.0", inc).test("1.1.0-beta")).isTrue();
  }

  @Test
  void invalidInput() {
    assertThat(SemverRange.parse("*").test("not a version")).isFalse();
    assertThatThrownBy(() -> SemverRange.parse(">=foo")).hasMessageContaining(">=foo");
  }
}
