package dev.lashing.model.vuln;

import java.time.LocalDate;

/**
 * One FIRST EPSS score.
 *
 * @param cve the CVE id
 * @param score probability of exploitation activity in the next 30 days (0–1)
 * @param percentile share of all scored CVEs with a lower or equal score (0–1)
 * @param date the model date of the score file
 */
public record Epss(String cve, double score, double percentile, LocalDate date) {}
