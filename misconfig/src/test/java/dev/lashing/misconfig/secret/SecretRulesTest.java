package dev.lashing.misconfig.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One positive and one negative example per built-in rule. Every positive is a FAKE secret from
 * {@link Fakes} (random characters in the provider's shape); negatives are near misses: wrong
 * length, documentation placeholders, wrong file, low entropy.
 */
class SecretRulesTest {
  private static final SecretScanner SCANNER = SecretScanner.create();

  /** rule id → (path, positive text, negative text). */
  static final Map<String, List<String>> EXAMPLES =
      Map.ofEntries(
          ex(
              "LSH-SEC-001",
              "app.env",
              "aws_access_key_id = AKIA" + Fakes.of(Fakes.UPPER32, 16, 1),
              "aws_access_key_id = AKIAIOSFODNN7EXAMPLE"),
          ex(
              "LSH-SEC-002",
              "credentials",
              "aws_secret_access_key = " + Fakes.of(Fakes.B64, 40, 2),
              "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
          ex(
              "LSH-SEC-003",
              "sa.json",
              "{\"type\": \"service_account\", \"private_key_id\": \""
                  + Fakes.of(Fakes.HEX, 40, 3)
                  + "\"}",
              "{\"type\": \"service_account\", \"private_key_id\": \"abc123\"}"),
          ex(
              "LSH-SEC-004",
              "main.js",
              "const key = 'AIza" + Fakes.of(Fakes.URLSAFE, 35, 4) + "';",
              "const key = 'AIza" + Fakes.of(Fakes.URLSAFE, 20, 4) + "';"),
          ex(
              "LSH-SEC-005",
              "client.json",
              "\"client_secret\": \"GOCSPX-" + Fakes.of(Fakes.URLSAFE, 28, 5) + "\"",
              "\"client_secret\": \"GOCSPX-short\""),
          ex(
              "LSH-SEC-006",
              "settings.ini",
              "conn=DefaultEndpointsProtocol=https;AccountName=fake;AccountKey="
                  + Fakes.of(Fakes.B64, 86, 6)
                  + "==;",
              "conn=DefaultEndpointsProtocol=https;AccountName=fake;AccountKey=short==;"),
          ex(
              "LSH-SEC-007",
              "appsettings.conf",
              "AZURE_CLIENT_SECRET=" + Fakes.alnum(3, 7) + "8Q~" + Fakes.alnum(34, 7),
              "AZURE_CLIENT_SECRET=abc Q~ not a secret"),
          ex(
              "LSH-SEC-008",
              "deploy.sh",
              "export GH=ghp_" + Fakes.alnum(36, 8),
              "export GH=ghp_" + Fakes.alnum(20, 8)),
          ex(
              "LSH-SEC-009",
              "deploy.sh",
              "export GH=github_pat_" + Fakes.alnum(22, 9) + "_" + Fakes.alnum(59, 9),
              "export GH=github_pat_" + Fakes.alnum(10, 9)),
          ex(
              "LSH-SEC-010",
              "hosts.yml",
              "oauth_token: gho_" + Fakes.alnum(36, 10),
              "oauth_token: gho_" + Fakes.alnum(12, 10)),
          ex(
              "LSH-SEC-011",
              "ci.log",
              "token ghs_" + Fakes.alnum(36, 11),
              "token ghs_" + Fakes.alnum(35, 11) + "!"),
          ex(
              "LSH-SEC-012",
              "app.cfg",
              "refresh=ghr_" + Fakes.alnum(76, 12),
              "refresh=ghr_" + Fakes.alnum(10, 12)),
          ex(
              "LSH-SEC-013",
              ".gitlab-ci.yml",
              "GITLAB_TOKEN: glpat-" + Fakes.of(Fakes.URLSAFE, 20, 13),
              "GITLAB_TOKEN: glpat-short"),
          ex(
              "LSH-SEC-014",
              "bot.py",
              "SLACK = 'xoxb-"
                  + Fakes.of("0123456789", 12, 14)
                  + "-"
                  + Fakes.of("0123456789", 13, 14)
                  + "-"
                  + Fakes.alnum(24, 14)
                  + "'",
              "SLACK = 'xoxb-not-a-token'"),
          ex(
              "LSH-SEC-015",
              "notify.sh",
              "curl -X POST https://hooks.slack.com/services/T"
                  + Fakes.of(Fakes.UPPER32, 8, 15)
                  + "/B"
                  + Fakes.of(Fakes.UPPER32, 10, 15)
                  + "/"
                  + Fakes.alnum(24, 15),
              "see https://hooks.slack.com/services/ for webhooks"),
          ex(
              "LSH-SEC-016",
              "billing.rb",
              "Stripe.api_key = 'sk_live_" + Fakes.alnum(24, 16) + "'",
              "Stripe.api_key = 'sk_test_" + Fakes.alnum(24, 16) + "'"),
          ex(
              "LSH-SEC-017",
              "publish.sh",
              "NPM_TOKEN=npm_" + Fakes.alnum(36, 17),
              "npm_install_args = --save"),
          ex(
              "LSH-SEC-018",
              "/home/app/.npmrc",
              "//registry.npmjs.org/:_authToken="
                  + Fakes.of(Fakes.HEX, 8, 18)
                  + "-"
                  + Fakes.of(Fakes.HEX, 27, 18),
              "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"),
          ex(
              "LSH-SEC-019",
              ".pypirc",
              "password = pypi-AgEIcHlwaS5vcmc" + Fakes.of(Fakes.URLSAFE, 60, 19),
              "username = __token__ # use a pypi- token"),
          ex(
              "LSH-SEC-020",
              "id_rsa",
              Fakes.pem("RSA PRIVATE KEY", 20),
              Fakes.pem("PUBLIC KEY", 20)),
          ex(
              "LSH-SEC-021",
              "request.http",
              "Authorization: Bearer "
                  + Fakes.base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")
                  + "."
                  + Fakes.base64Url("{\"sub\":\"fake-user\",\"iat\":1700000000}")
                  + "."
                  + Fakes.of(Fakes.URLSAFE, 43, 21),
              "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9"),
          ex(
              "LSH-SEC-022",
              ".env",
              "TWILIO_API_KEY=SK" + Fakes.of(Fakes.HEX, 32, 22),
              "BUILD_ID=SK" + Fakes.of(Fakes.HEX, 32, 22)),
          ex(
              "LSH-SEC-023",
              "mail.py",
              "key = 'SG."
                  + Fakes.of(Fakes.URLSAFE, 22, 23)
                  + "."
                  + Fakes.of(Fakes.URLSAFE, 43, 23)
                  + "'",
              "key = 'SG.short.value'"),
          ex(
              "LSH-SEC-024",
              "/root/.docker/config.json",
              "{\"auths\":{\"registry.example.org\":{\"auth\":\""
                  + Fakes.of(Fakes.B64, 28, 24)
                  + "\"}}}",
              "{\"auths\":{\"registry.example.org\":{}}}"),
          ex("LSH-SEC-025", "Procfile.env", "HEROKU_API_KEY=" + uuid(25), "REQUEST_ID=" + uuid(25)),
          ex(
              "LSH-SEC-026",
              "vault.hcl",
              "token = \"hvs." + Fakes.of(Fakes.URLSAFE, 95, 26) + "\"",
              "token = \"hvs.short\""),
          ex(
              "LSH-SEC-027",
              "do.tf",
              "do_token = \"dop_v1_" + Fakes.of(Fakes.HEX, 64, 27) + "\"",
              "do_token = \"dop_v1_" + Fakes.of(Fakes.HEX, 10, 27) + "\""),
          ex(
              "LSH-SEC-028",
              "llm.py",
              "OPENAI_API_KEY = 'sk-proj-"
                  + Fakes.alnum(24, 28)
                  + "T3BlbkFJ"
                  + Fakes.alnum(24, 28)
                  + "'",
              "OPENAI_API_KEY = 'sk-proj-" + Fakes.alnum(24, 28) + "'"),
          ex(
              "LSH-SEC-029",
              "db.properties",
              "url=postgres://app:" + Fakes.alnum(14, 29) + "@db.internal:5432/app",
              "url=postgres://app:password@db.internal:5432/app"),
          ex("LSH-SEC-030", "app.env", "DB_PASSWORD=hunter2hunter2", "DB_PASSWORD=${DB_PASSWORD}"),
          ex(
              "LSH-SEC-031",
              "config.yaml",
              "client_secret: " + Fakes.alnum(32, 31),
              "client_secret: aaaaaaaaaaaaaaaaaaaaaaaa"));

  private static Map.Entry<String, List<String>> ex(
      String id, String path, String pos, String neg) {
    return Map.entry(id, List.of(path, pos, neg));
  }

  private static String uuid(long seed) {
    return Fakes.of(Fakes.HEX, 8, seed)
        + "-"
        + Fakes.of(Fakes.HEX, 4, seed + 1)
        + "-"
        + Fakes.of(Fakes.HEX, 4, seed + 2)
        + "-"
        + Fakes.of(Fakes.HEX, 4, seed + 3)
        + "-"
        + Fakes.of(Fakes.HEX, 12, seed + 4);
  }

  static Stream<Arguments> rules() {
    return SecretRules.defaults().stream().map(r -> Arguments.of(r.id()));
  }

  @Test
  void everyRuleHasExamples() {
    assertThat(EXAMPLES.keySet())
        .containsExactlyInAnyOrderElementsOf(
            SecretRules.defaults().stream().map(SecretRule::id).toList());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void positiveFires(String id) {
    List<String> ex = EXAMPLES.get(id);
    String text = "# fixture line\n" + ex.get(1) + "\n";
    List<SecretFinding> found = SCANNER.scan(ex.get(0), text.getBytes(StandardCharsets.UTF_8));
    assertThat(found).extracting(SecretFinding::ruleId).contains(id);
    SecretFinding f = found.stream().filter(x -> x.ruleId().equals(id)).findFirst().orElseThrow();
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.column()).isPositive();
    assertThat(f.redacted()).endsWith(Redaction.MASK).hasSizeLessThanOrEqualTo(8);
    assertThat(f.layer()).isNull();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void negativeDoesNotFire(String id) {
    List<String> ex = EXAMPLES.get(id);
    String text = "# fixture line\n" + ex.get(2) + "\n";
    assertThat(SCANNER.scan(ex.get(0), text.getBytes(StandardCharsets.UTF_8)))
        .extracting(SecretFinding::ruleId)
        .doesNotContain(id);
  }
}
