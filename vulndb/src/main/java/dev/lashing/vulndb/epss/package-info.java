/**
 * FIRST EPSS scores ({@code epss_scores-current.csv.gz}: a {@code #model_version:…,score_date:…}
 * comment line, the header {@code cve,epss,percentile}, then one row per CVE) as {@link
 * dev.lashing.model.vuln.Epss} records, streamed line by line (the real file has about 300,000
 * rows). Source name {@code epss}; entry point {@link dev.lashing.vulndb.epss.FirstEpss#source()}.
 * The file may arrive gzip-compressed (the real URL serves a {@code .csv.gz} as the body) or plain.
 */
@NullMarked
package dev.lashing.vulndb.epss;

import org.jspecify.annotations.NullMarked;
