package dev.lashing.misconfig.secret;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.YamlLimits;
import dev.lashing.misconfig.yaml.YamlLoader;
import dev.lashing.misconfig.yaml.YamlNode;
import dev.lashing.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads secret rules: the built-in {@code secrets/rules.yaml} and users' rules in the same form (a
 * {@code rules:} list). Every field is checked and every expression compiled with RE2/J here, so a
 * bad rule fails when loaded, naming {@code file:line}.
 */
public final class SecretRules {
  static final String BUILT_IN = "secrets/rules.yaml";
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+");
  private static final Set<String> RULE_KEYS =
      Set.of(
          "id",
          "name",
          "title",
          "severity",
          "keywords",
          "regex",
          "secretGroup",
          "entropy",
          "allow",
          "paths",
          "multiline",
          "generic");
  static final YamlLoader YAML = YamlLoader.create(new YamlLimits(1 << 20, 0, 16, 200_000));

  private SecretRules() {}

  /** The built-in rules, in id order. */
  public static List<SecretRule> defaults() {
    return builtIn().rules();
  }

  /**
   * The built-in configuration: the rules, the placeholder values never reported (such as {@code
   * ${VAR}} or {@code changeme}) and the paths never read.
   */
  public static SecretConfig builtIn() {
    try (InputStream in = SecretRules.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException(BUILT_IN + " missing from the class path");
      }
      return SecretConfig.parse(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MisconfigException e) {
      throw new IllegalStateException("built-in secret rules: " + e.getMessage(), e);
    }
  }

  static List<SecretRule> rules(String source, List<YamlNode.Mapping> items)
      throws MisconfigException {
    List<SecretRule> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlNode.Mapping m : items) {
      SecretRule r = rule(source, new YamlFields(source, m, RULE_KEYS));
      if (!ids.add(r.id())) {
        throw MisconfigException.at(source, m.position().line(), "duplicate rule id " + r.id());
      }
      out.add(r);
    }
    return out;
  }

  private static SecretRule rule(String source, YamlFields f) throws MisconfigException {
    String id = f.required("id");
    if (!ID.matcher(id).matches()) {
      throw MisconfigException.at(
          source, f.line("id"), "rule id '" + id + "' is not like LSH-SEC-001");
    }
    Severity severity;
    try {
      severity = Severity.parse(f.required("severity"));
    } catch (IllegalArgumentException e) {
      throw MisconfigException.at(source, f.line("severity"), e.getMessage());
    }
    String regex = f.required("regex");
    Pattern p = compile(source, f.line("regex"), regex);
    int group = f.integer("secretGroup", 0, 0, 99);
    if (group > p.groupCount()) {
      throw MisconfigException.at(
          source,
          f.line("secretGroup"),
          "secretGroup " + group + " but the regex has " + p.groupCount() + " group(s)");
    }
    List<String> allow = f.list("allow");
    for (String a : allow) {
      compile(source, f.line("allow"), a);
    }
    String paths = f.optional("paths");
    if (paths != null) {
      compile(source, f.line("paths"), paths);
    }
    List<String> keywords = new ArrayList<>();
    for (String k : f.list("keywords")) {
      if (k.isEmpty() || !k.chars().allMatch(c -> c < 128)) {
        throw MisconfigException.at(
            source, f.line("keywords"), "keywords must be non-empty ASCII: '" + k + "'");
      }
      keywords.add(k.toLowerCase(Locale.ROOT));
    }
    return new SecretRule(
        id,
        f.required("name"),
        f.required("title"),
        severity,
        keywords,
        regex,
        group,
        f.decimal("entropy", 0, 8),
        allow,
        paths,
        f.bool("multiline"),
        f.bool("generic"));
  }

  static Pattern compile(String source, int line, String regex) throws MisconfigException {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw MisconfigException.at(
          source, line, "not an RE2 expression: " + e.getMessage().replace('\n', ' '));
    }
  }
}
