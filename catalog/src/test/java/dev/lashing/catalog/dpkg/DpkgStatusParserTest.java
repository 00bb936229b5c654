package dev.lashing.catalog.dpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.catalog.distro.DbFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DpkgStatusParserTest {
  private static List<DpkgEntry> parse(String s) throws DbFormatException {
    return DpkgStatusParser.parse(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void listsEveryStateButNotInstalledAsDpkgQueryDoes() throws Exception {
    // Checked against dpkg-query 1.21 -W over the same file.
    List<DpkgEntry> all =
        parse(
            """
            Package: a
            Status: install ok installed
            Version: 1

            Package: b
            Status: deinstall ok config-files
            Version: 2

            Package: c
            Status: install reinstreq half-installed
            Version: 3

            Package: d
            Status: purge ok not-installed

            Package: e
            Status: install ok unpacked
            Version: 1:5
            """);
    assertThat(all.stream().filter(DpkgEntry::listed).map(DpkgEntry::name))
        .containsExactly("a", "b", "c", "e");
  }

  @Test
  void continuationLinesSourceVersionAndRelations() throws Exception {
    DpkgEntry e =
        parse(
                """
                Package: x
                Version: 1.0-1
                Source: xsrc (1.0-0.1)
                Depends: libc6 (>= 2.14), debconf (>= 0.5) | debconf-2.0, perl:any [amd64]
                Description: short
                 long line one
                 .
                 long line two
                """)
            .getFirst();
    assertThat(e.sourceName()).isEqualTo("xsrc");
    assertThat(e.sourceVersion()).isEqualTo("1.0-0.1");
    assertThat(e.depends())
        .containsExactly(List.of("libc6"), List.of("debconf", "debconf-2.0"), List.of("perl"));
  }

  @Test
  void stanzasWithoutPackageAreSkipped() throws Exception {
    assertThat(parse("Package:\n\nStatus: install ok installed\n\n")).isEmpty();
  }

  @Test
  void brokenLinesFailWithTheLineNumber() {
    assertThatThrownBy(() -> parse("Package: a\n continuation\nnot a field\n"))
        .isInstanceOf(DbFormatException.class)
        .hasMessage("line 3: expected 'Field: value'");
    assertThatThrownBy(() -> parse(" leading continuation\n"))
        .isInstanceOf(DbFormatException.class)
        .hasMessageContaining("line 1");
  }
}
