/**
 * NVD's CVE API 2.0 ({@code https://services.nvd.nist.gov/rest/json/cves/2.0}) as enrichment-only
 * {@link dev.lashing.model.vuln.Advisory} records of source {@code nvd}: English description (as
 * details), CVSS v2, v3.0, v3.1 and v4.0 metrics with the vectors and base scores NVD publishes
 * (primary assessments first; {@code databaseSpecific} {@code cvss.<version>.<source>} says {@code
 * Primary} or {@code Secondary}), CWE ids, references, published/lastModified; {@code vulnStatus}
 * {@code Rejected} marks the record withdrawn (at its lastModified time). No affected packages:
 * Lashing does no CPE matching by default.
 *
 * <p>Paging: the feed URL asks for {@code resultsPerPage=2000&startIndex=0}; {@code read} returns
 * the same URL with {@code startIndex} advanced while {@code startIndex + resultsPerPage <
 * totalResults}. Incremental updates use {@link dev.lashing.vulndb.nvd.NvdApi#modifiedBetween} (NVD
 * allows at most 120 days per query; longer spans are split). An API key raises NVD's rate limit:
 * {@link dev.lashing.vulndb.nvd.NvdApi#requestHeaders} gives {@code apiKey: $NVD_API_KEY} when that
 * environment variable is set; it is optional.
 */
@NullMarked
package dev.lashing.vulndb.nvd;

import org.jspecify.annotations.NullMarked;
