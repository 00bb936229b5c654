/**
 * Red Hat's CSAF 2.0 documents: the per-CVE VEX files ({@code
 * https://security.access.redhat.com/data/csaf/v2/vex/}) and, with the same parser, the RHSA
 * advisories ({@code …/csaf/v2/advisories/}). Source name {@code redhat}; entry point {@link
 * dev.lashing.vulndb.redhat.RedHatCsaf#source()}.
 *
 * <p>Feed shape: the feed URL is the VEX directory's {@code archive_latest.txt}; reading it yields
 * the URL of the archive it names ({@code csaf_vex_<date>.tar.zst}), which the updater fetches as
 * the next "page" and this source streams entry by entry (one document in memory at a time, at most
 * {@value dev.lashing.vulndb.redhat.RedHatCsafSource#MAX_DOCUMENT} bytes each). Both files are
 * fetched with ETag/If-Modified-Since, so an unchanged archive costs one small request. A single
 * {@code .json} document (for {@code lashing db import}) is read as one VEX or advisory.
 *
 * <p>Records: a VEX document gives one advisory per vulnerability, id = the CVE; an RHSA advisory
 * gives one advisory, id = {@code RHSA-YYYY:NNNN}, aliases = its CVEs. Severity = Red Hat's impact
 * ({@code Important}, {@code Moderate}, …) verbatim; CVSS = the {@code cvss_v3}/{@code cvss_v2}
 * vectors with the base scores Red Hat gives, source {@code redhat}.
 *
 * <p>Ecosystem: from the CPE of the product a component belongs to ({@code
 * relationships[].relates_to_product_reference} → the product branch's {@code
 * product_identification_helper.cpe}): {@code cpe:/o:redhat:enterprise_linux:9::baseos}, {@code
 * …:enterprise_linux:9::appstream} and {@code …:enterprise_linux:9::crb} all give {@code Red
 * Hat:enterprise_linux:9} (major version only), which a matcher computes from {@code
 * /etc/os-release} {@code ID=rhel, VERSION_ID=9.4} → major 9. Other Red Hat products keep their CPE
 * product and version ({@code cpe:/o:redhat:rhel_eus:9.2::baseos} → {@code Red Hat:rhel_eus:9.2},
 * {@code cpe:/o:redhat:rhel_els:6} → {@code Red Hat:rhel_els:6}), so EUS/AUS/ELS streams never
 * match a plain RHEL install unless a matcher asks for them. Components without a CPE-identified
 * product, or whose purl is not an rpm (container images), are skipped.
 *
 * <p>Packages and statuses: name = the rpm name from the component's purl (binary rpms, and the
 * source rpm under its own name); {@code fixed} → AFFECTED with one ECOSYSTEM range {@code
 * introduced 0, fixed epoch:version-release} per distinct fixed build (rpm order), note = the RHSA
 * id of the vendor fix, plus {@code module <name:stream>} for modular rpms; {@code known_affected}
 * → UNFIXED, or WONT_FIX when its remediation is {@code no_fix_planned} (note = the remediation
 * details, e.g. "Will not fix", "Out of support scope"); {@code known_not_affected} → NOT_AFFECTED;
 * {@code under_investigation} is not a statement about the package and is skipped.
 */
@NullMarked
package dev.lashing.vulndb.redhat;

import org.jspecify.annotations.NullMarked;
