package dev.lashing.vulndb.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.Severity;
import dev.lashing.model.vuln.CvssScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base scores of the example vectors in FIRST's CVSS specification documents. */
class CvssTest {

  @ParameterizedTest(name = "{0} = {2}")
  @CsvSource({
    // CVSS v2 guide, section 3.3 examples
    "AV:N/AC:L/Au:N/C:N/I:N/A:C, 2.0, 7.8, HIGH", // CVE-2002-0392 Apache chunked encoding
    "AV:N/AC:L/Au:N/C:C/I:C/A:C, 2.0, 10.0, HIGH", // CVE-2003-0818 Microsoft ASN.1
    "AV:L/AC:H/Au:N/C:C/I:C/A:C, 2.0, 6.2, MEDIUM", // CVE-2003-0062 NOD32 buffer overflow
    "(AV:N/AC:L/Au:N/C:N/I:N/A:C), 2.0, 7.8, HIGH", // NVD's parenthesised spelling
    // CVSS v3.1 examples document
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 3.1, 6.1, MEDIUM", // CVE-2013-1937 phpMyAdmin
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 3.1, 7.5, HIGH", // CVE-2014-0160 Heartbleed
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 3.1, 9.8, CRITICAL", // CVE-2014-6271 Shellshock
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 3.1, 10.0, CRITICAL", // Log4Shell (GHSA)
    // CVSS v3.0 examples document
    "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N, 3.0, 6.4, MEDIUM", // CVE-2013-0375 MySQL
    "CVSS:3.0/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 3.0, 0.0, UNKNOWN", // no impact: None
    // CVSS v4.0 (FIRST calculator)
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 4.0, 9.3, CRITICAL",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H, 4.0, 10.0, CRITICAL",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N, 4.0, 0.0, UNKNOWN",
  })
  void specExamples(String vector, String version, double score, Severity rating) {
    CvssScore s = Cvss.score(vector, "nvd@nist.gov");
    assertThat(s.version()).isEqualTo(version);
    assertThat(s.baseScore()).isEqualTo(score);
    assertThat(s.severity()).isEqualTo(rating);
    assertThat(s.source()).isEqualTo("nvd@nist.gov");
    assertThat(s.vector()).isEqualTo(vector);
  }

  @Test
  void malformedOrIncompleteVectorsAreRefusedWithTheVector() {
    assertThatThrownBy(() -> Cvss.score("garbage", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'garbage'");
    assertThatThrownBy(() -> Cvss.score("CVSS:3.1/AV:N/AC:L", "x"))
        .hasMessageContaining("lacks base metrics");
    assertThatThrownBy(() -> Cvss.score("CVSS:3.9/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "x"))
        .hasMessageContaining("malformed CVSS vector");
  }

  @Test
  void ratingBoundaries() {
    assertThat(Cvss.rating("3.1", 3.9)).isEqualTo(Severity.LOW);
    assertThat(Cvss.rating("3.1", 4.0)).isEqualTo(Severity.MEDIUM);
    assertThat(Cvss.rating("4.0", 7.0)).isEqualTo(Severity.HIGH);
    assertThat(Cvss.rating("4.0", 9.0)).isEqualTo(Severity.CRITICAL);
    assertThat(Cvss.rating("2.0", 10.0)).isEqualTo(Severity.HIGH);
    assertThat(Cvss.rating("2.0", 0.0)).isEqualTo(Severity.LOW);
  }
}
