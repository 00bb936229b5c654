package dev.lashing.vulndb.alpine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every odd line shape seen in the real secdb v3.3–v3.11 files. */
class SecfixIdsTest {

  @Test
  void realLineShapes() {
    assertThat(SecfixIds.parse("CVE-2019-14697").primary()).containsExactly("CVE-2019-14697");
    assertThat(SecfixIds.parse("CVE-2017-8904 XSA-214"))
        .isEqualTo(
            new SecfixIds.Ids(java.util.List.of("CVE-2017-8904"), java.util.List.of("XSA-214")));
    assertThat(SecfixIds.parse("CVE-2018-16452 (SMB)").aliases()).isEmpty();
    assertThat(SecfixIds.parse("CVE_2019-2426").primary()).containsExactly("CVE-2019-2426");
    assertThat(SecfixIds.parse("CVE-2017-8073.patch").primary()).containsExactly("CVE-2017-8073");
    assertThat(SecfixIds.parse("CVE-2017-17434-1").primary()).containsExactly("CVE-2017-17434");
    assertThat(SecfixIds.parse(" CVE-2016-6263").primary()).containsExactly("CVE-2016-6263");
    assertThat(SecfixIds.parse("XSA-207").primary()).containsExactly("XSA-207");
    assertThat(SecfixIds.parse("CVE-2017-14450 TALOS-2017-0499").aliases())
        .containsExactly("TALOS-2017-0499");
    assertThat(SecfixIds.parse("(was fixed in libpcap)").primary()).isEmpty();
  }
}
