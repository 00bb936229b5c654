package dev.lashing.vulndb.alpine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vulnerability ids of one secfixes line. Real lines: {@code CVE-2019-14697}, {@code
 * CVE-2017-8904 XSA-214}, {@code CVE-2018-16452 (SMB)}, {@code CVE_2019-2426}, {@code
 * CVE-2017-8073.patch}, {@code XSA-207}, {@code CVE-2017-17434-1}.
 */
final class SecfixIds {

  private static final Pattern CVE = Pattern.compile("(?i)\\bCVE[-_](\\d{4})-(\\d{4,})");
  private static final Pattern OTHER = Pattern.compile("^[A-Z][A-Z0-9]*-[A-Za-z0-9][A-Za-z0-9-]*$");

  /**
   * @param primary the ids each becoming a record (CVE ids, or the first other id when there is no
   *     CVE)
   * @param aliases further ids on the line ({@code XSA-214})
   */
  record Ids(List<String> primary, List<String> aliases) {}

  private SecfixIds() {}

  static Ids parse(String line) {
    Set<String> cves = new LinkedHashSet<>();
    Matcher m = CVE.matcher(line);
    while (m.find()) {
      cves.add("CVE-" + m.group(1) + "-" + m.group(2));
    }
    List<String> others = new ArrayList<>();
    for (String token : line.strip().split("\\s+")) {
      String t = token.strip();
      if (!t.toUpperCase(Locale.ROOT).startsWith("CVE") && OTHER.matcher(t).matches()) {
        others.add(t);
      }
    }
    if (!cves.isEmpty()) {
      return new Ids(List.copyOf(cves), List.copyOf(others));
    }
    if (!others.isEmpty()) {
      return new Ids(List.of(others.getFirst()), List.copyOf(others.subList(1, others.size())));
    }
    return new Ids(List.of(), List.of());
  }
}
