/**
 * CISA's Known Exploited Vulnerabilities catalog ({@code known_exploited_vulnerabilities.json}) as
 * {@link dev.lashing.model.vuln.Kev} records, one per CVE. Source name {@code kev}; entry point
 * {@link dev.lashing.vulndb.kev.CisaKev#source()}. {@code knownRansomwareCampaignUse} "Known" is
 * {@code true}, anything else ("Unknown") {@code false}.
 */
@NullMarked
package dev.lashing.vulndb.kev;

import org.jspecify.annotations.NullMarked;
