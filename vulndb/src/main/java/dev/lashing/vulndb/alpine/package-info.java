/**
 * Alpine's security database (secdb): per release and repository, the list of aports with their
 * {@code secfixes} ({@code version → [CVE ids]}), as published at {@code
 * https://secdb.alpinelinux.org/<release>/<repo>.json} (and the older YAML files of the same shape,
 * v3.3–v3.11). Source name {@code alpine}; entry point {@link
 * dev.lashing.vulndb.alpine.AlpineSecdb#source()}; releases are data in {@link
 * dev.lashing.vulndb.alpine.AlpineSecdb#RELEASES}.
 *
 * <p>Normalisation:
 *
 * <ul>
 *   <li>One {@link dev.lashing.model.vuln.Advisory} per vulnerability id per file, id {@code
 *       ALPINE/<release>/<repo>/<vuln>} ({@code ALPINE/v3.10/main/CVE-2019-14697}), because the
 *       same CVE appears in every release's file and ids must be unique within a source. The plain
 *       id is the first alias, so {@code cveIds()} gives the CVE; other ids on the same line
 *       ({@code XSA-214}, {@code TALOS-2017-0499}) are further aliases.
 *   <li>Affected package: ecosystem {@code Alpine:<distroversion>} ({@code Alpine:v3.10}, {@code
 *       Alpine:edge}), name = the aport (origin) name. A matcher computes the ecosystem from {@code
 *       /etc/os-release} {@code VERSION_ID=3.10.3} as {@code Alpine:v3.10} and looks up the
 *       installed package's origin.
 *   <li>A fix {@code version: [CVE]} becomes an ECOSYSTEM range {@code introduced 0, fixed version}
 *       (apk order). When one CVE is listed under several versions of one package, each becomes its
 *       own range: OSV evaluates ranges as a union, so the package counts as vulnerable below the
 *       highest listed fix (a conservative reading of a re-done fix).
 *   <li>The version {@code 0} means "never affected in this release": status {@code NOT_AFFECTED}
 *       without ranges, unless a real fix is also listed (then the fix wins).
 *   <li>Lines without any recognisable id ({@code CVE-…}, {@code XSA-…}, {@code GHSA-…}) are
 *       skipped; {@code CVE_2019-2426} and {@code CVE-2017-8073.patch} are read as the CVE they
 *       name.
 * </ul>
 */
@NullMarked
package dev.lashing.vulndb.alpine;

import org.jspecify.annotations.NullMarked;
