package dev.lashing.misconfig.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.misconfig.MisconfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The engine: redaction, hostile input, allow-lists, user configuration, size and binary caps. */
class SecretScannerTest {
  static final String GH = "ghp_" + Fakes.alnum(36, 200); // FAKE

  @TempDir Path tmp;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void redactionShowsAtMostAQuarterAndNeverTheSecret() {
    assertThat(Redaction.redact(GH)).isEqualTo("ghp_****");
    assertThat(Redaction.redact("hunter2hunter2")).isEqualTo("hun****");
    assertThat(Redaction.redact("abc")).isEqualTo("****");
    assertThat(Redaction.redact("\n\tabcdefghijklmnop")).isEqualTo("??ab****");
    List<SecretFinding> f = SecretScanner.create().scan("a.env", bytes("T=" + GH));
    assertThat(f).singleElement().extracting(SecretFinding::redacted).isEqualTo("ghp_****");
    assertThat(f.toString()).doesNotContain(GH.substring(4));
  }

  @Test
  @Timeout(60)
  void pathologicalInputCompletes() {
    SecretScanner s = SecretScanner.create();
    byte[] as = new byte[10 << 20];
    Arrays.fill(as, (byte) 'a');
    assertThat(s.scan("big.env", as)).isEmpty();
    // Keywords on one 10 MiB line, and text that makes backtracking engines explode.
    StringBuilder b = new StringBuilder();
    while (b.length() < 4 << 20) {
      b.append("password=").append("a".repeat(200)).append(" secret: ").append("=".repeat(50));
      b.append("-----BEGIN RSA PRIVATE KEY-----").append(" ".repeat(30)).append("ghp_");
    }
    assertThat(s.scan("hostile.env", bytes(b.toString()))).hasSizeLessThanOrEqualTo(1000);
    String nested = "token = \"" + "a-".repeat(1 << 20) + "!";
    assertThat(s.scan("nested.yaml", bytes(nested))).isEmpty();
  }

  @Test
  void manyHitsAreCappedPerFile() {
    String line = "T=" + GH + "\n";
    List<SecretFinding> f = SecretScanner.create().scan("many.env", bytes(line.repeat(5000)));
    assertThat(f).hasSize(RuleSet.MAX_HITS_PER_FILE);
  }

  @Test
  void binaryContentIsSkipped() {
    assertThat(SecretScanner.create().scan("x", bytes("\0" + GH))).isEmpty();
  }

  @Test
  void placeholdersAreAllowedByDefault() {
    SecretScanner s = SecretScanner.create();
    assertThat(s.scan("a.env", bytes("API_TOKEN=${API_TOKEN}\nSECRET_KEY=<your-secret-key>\n")))
        .isEmpty();
  }

  @Test
  void genericRuleGivesWayToASpecificOne() {
    List<SecretFinding> f = SecretScanner.create().scan("a.yaml", bytes("github_token: " + GH));
    assertThat(f).extracting(SecretFinding::ruleId).containsExactly("LSH-SEC-008");
  }

  @Test
  void userConfigAddsRulesDisablesAndAllows() throws Exception {
    Path cfg = tmp.resolve("secrets.yaml");
    Files.writeString(
        cfg,
        """
        rules:
          - id: ACME-001
            name: acme-key
            title: ACME internal key
            severity: HIGH
            keywords: [acme_]
            regex: '\\b(acme_[a-z0-9]{12})\\b'
            secretGroup: 1
        disable: [LSH-SEC-017]
        allow-paths: ['**/fixtures/**']
        allow-regexes: ['^ghp_AAAA']
        max-file-size: 1KiB
        """);
    SecretConfig c = SecretConfig.load(cfg);
    assertThat(c.maxFileBytes()).isEqualTo(1024);
    SecretScanner s = SecretScanner.create(c);
    assertThat(s.rules())
        .extracting(SecretRule::id)
        .contains("ACME-001")
        .doesNotContain("LSH-SEC-017");
    assertThat(s.scan("a.txt", bytes("k=acme_0123456789ab npm_" + Fakes.alnum(36, 1))))
        .extracting(SecretFinding::ruleId)
        .containsExactly("ACME-001");
    assertThat(s.scan("a.txt", bytes("ghp_AAAA" + Fakes.alnum(32, 3)))).isEmpty();
    Path fixtures = Files.createDirectories(tmp.resolve("fixtures"));
    Files.writeString(fixtures.resolve("t.env"), "T=" + GH);
    assertThat(s.scanFile(fixtures.resolve("t.env")).skippedAllowed()).isEqualTo(1);
    Files.writeString(tmp.resolve("big.env"), "T=" + GH + "\n" + "#".repeat(2000));
    assertThat(s.scanFile(tmp.resolve("big.env")).skippedLarge()).isEqualTo(1);
  }

  @Test
  void badConfigsFailNamingFileAndLine() {
    assertThatThrownBy(
            () ->
                SecretConfig.parse(
                    "s.yaml",
                    "rules:\n  - id: X-1\n    name: x\n    title: x\n"
                        + "    severity: HIGH\n    regex: '(?<=a)b'\n"))
        .isInstanceOf(MisconfigException.class)
        .hasMessageStartingWith("s.yaml:6: not an RE2 expression");
    assertThatThrownBy(() -> SecretConfig.parse("s.yaml", "\nbogus: 1\n"))
        .hasMessageStartingWith("s.yaml:2: unknown key 'bogus'");
    assertThatThrownBy(() -> SecretConfig.parse("s.yaml", "max-file-size: lots\n"))
        .hasMessageStartingWith("s.yaml:1: not a file size");
    assertThatThrownBy(
            () -> SecretScanner.create(SecretConfig.parse("s.yaml", "disable: [LSH-SEC-999]\n")))
        .isInstanceOf(MisconfigException.class)
        .hasMessageContaining("LSH-SEC-999");
    assertThatThrownBy(
            () ->
                SecretScanner.create(
                    SecretConfig.parse(
                        "s.yaml",
                        "rules:\n  - {id: LSH-SEC-001, name: a, title: a, severity: LOW, regex: a}\n")))
        .hasMessageContaining("LSH-SEC-001 is built in");
    assertThatThrownBy(
            () ->
                SecretConfig.parse(
                    "s.yaml",
                    "rules:\n  - {id: X-1, name: a, title: a, severity: LOW, regex: a, secretGroup: 2}\n"))
        .hasMessageStartingWith("s.yaml:2: secretGroup 2 but the regex has 0 group(s)");
  }
}
