package dev.lashing.match;

import java.util.List;

/**
 * How and why one record matched one package.
 *
 * @param matcher the matcher id ({@code distro-matcher}, {@code language-matcher})
 * @param recordId the advisory's id as its source publishes it
 * @param source the store source of the advisory ({@code alpine}, {@code osv-maven})
 * @param ecosystem the affected entry's ecosystem ({@code Alpine:v3.11}, {@code Maven})
 * @param packageName the affected entry's package name as the feed keys it
 * @param matchedBy {@code binary} or {@code source} (OS packages), {@code name} (language)
 * @param comparedVersion the version compared: the installed version, or the source package's
 * @param events the matching range's events as published ({@code introduced 0}, {@code fixed
 *     1.1.1g-r0}); empty when the version was listed or the entry has a status only
 * @param reason one sentence: why the version is affected
 */
public record MatchDetail(
    String matcher,
    String recordId,
    String source,
    String ecosystem,
    String packageName,
    String matchedBy,
    String comparedVersion,
    List<String> events,
    String reason) {

  public MatchDetail {
    events = List.copyOf(events);
  }
}
