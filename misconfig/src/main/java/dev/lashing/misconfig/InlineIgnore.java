package dev.lashing.misconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code # lashing:ignore ID[,ID…] [reason]} comment at {@code file:line}. It silences those
 * checks' findings on its own line and on the line below (so it can sit above the offending key or
 * instruction, or after it on the same line in YAML). Applying it is the reporting side's job: the
 * finding is kept and shown as suppressed, never dropped.
 */
public record InlineIgnore(String file, int line, List<String> ids, String reason) {
  private static final Pattern COMMENT =
      Pattern.compile("#\\s*lashing:ignore\\s+([A-Za-z0-9_.-]+(?:\\s*,\\s*[A-Za-z0-9_.-]+)*)(.*)");
  private static final int MAX_REASON = 500;

  public InlineIgnore {
    ids = List.copyOf(ids);
  }

  /** True when this comment covers a finding of {@code checkId} at {@code findingLine}. */
  public boolean covers(String checkId, int findingLine) {
    return (findingLine == line || findingLine == line + 1) && ids.contains(checkId);
  }

  /** The ignore comments in one input's text, in line order. */
  public static List<InlineIgnore> find(String file, String text) {
    List<InlineIgnore> out = new ArrayList<>();
    int n = 0;
    for (String l : text.lines().toList()) {
      n++;
      int hash = l.indexOf("lashing:ignore");
      if (hash < 0) {
        continue;
      }
      Matcher m = COMMENT.matcher(l);
      if (m.find()) {
        List<String> ids = List.of(m.group(1).split("\\s*,\\s*"));
        String reason = m.group(2).strip();
        if (reason.length() > MAX_REASON) {
          reason = reason.substring(0, MAX_REASON);
        }
        out.add(new InlineIgnore(file, n, ids, reason));
      }
    }
    return out;
  }
}
