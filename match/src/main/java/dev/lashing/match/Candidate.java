package dev.lashing.match;

import dev.lashing.model.vuln.Advisory;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record a matcher found for one package, before alias grouping and enrichment.
 *
 * @param advisory the matching record
 * @param detail how and why it matched
 * @param fixedVersions the fixed versions of the matching range(s), empty when none
 * @param fixState whether a fix exists
 * @param vendorSeverity the feed's own rating for this package (Debian urgency, Red Hat impact), or
 *     null
 */
public record Candidate(
    Advisory advisory,
    MatchDetail detail,
    List<String> fixedVersions,
    FixState fixState,
    @Nullable String vendorSeverity) {

  public Candidate {
    fixedVersions = List.copyOf(fixedVersions);
  }
}
