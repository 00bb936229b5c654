package dev.lashing.misconfig.secret;

import dev.lashing.model.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One secret rule, as written in a rules file.
 *
 * @param id stable id users name ({@code LSH-SEC-007})
 * @param name short stable name ({@code github-pat})
 * @param title what was found, for reports
 * @param severity how bad a hit is
 * @param keywords lower-case strings, one of which must occur (case-insensitively) on a line for
 *     the rule to run on it (on the whole file for a {@code multiline} rule); empty = every line
 * @param regex an RE2 expression (no look-around, no back-references: matching is linear time)
 * @param secretGroup the capture group holding the secret itself (0 = the whole match)
 * @param entropy minimum Shannon entropy, in bits per character, of the secret; 0 = no minimum
 * @param allow RE2 expressions; a hit whose whole match contains one of them is dropped
 * @param paths an RE2 expression a file's path must contain for the rule to run; null = any file
 * @param multiline the regex may span lines (private key blocks)
 * @param generic a broad rule whose hits give way to a specific rule's hit at the same place
 */
public record SecretRule(
    String id,
    String name,
    String title,
    Severity severity,
    List<String> keywords,
    String regex,
    int secretGroup,
    double entropy,
    List<String> allow,
    @Nullable String paths,
    boolean multiline,
    boolean generic) {
  public SecretRule {
    keywords = List.copyOf(keywords);
    allow = List.copyOf(allow);
  }
}
