/**
 * The Debian security tracker's JSON export ({@code
 * https://security-tracker.debian.org/tracker/data/json}: source package → CVE → release → {@code
 * status, fixed_version, urgency, nodsa, nodsa_reason}). Source name {@code debian}; entry point
 * {@link dev.lashing.vulndb.debian.DebianTracker#source()}.
 *
 * <p>One {@link dev.lashing.model.vuln.Advisory} per CVE (or {@code TEMP-…} id), summary = the
 * tracker's description, with one affected package per (release, source package): ecosystem {@code
 * Debian:<version>} from the codename ({@link dev.lashing.vulndb.debian.DebianTracker#RELEASES}:
 * wheezy 7 … trixie 13, forky 14, duke 15; {@code sid} → {@code Debian:unstable}; an unknown
 * codename is kept as {@code Debian:<codename>}), name = the source package. A matcher computes
 * {@code Debian:12} from {@code /etc/os-release} {@code VERSION_ID=12} (and {@code Debian:unstable}
 * when there is no VERSION_ID, as on sid/testing) and looks up the binary package's source package.
 *
 * <p>Status mapping:
 *
 * <table>
 *   <caption>tracker → AffectedStatus</caption>
 *   <tr><th>tracker</th><th>status</th><th>note</th></tr>
 *   <tr><td>resolved, fixed_version X</td><td>AFFECTED, range introduced 0 fixed X</td><td></td></tr>
 *   <tr><td>resolved, fixed_version 0</td><td>NOT_AFFECTED</td><td></td></tr>
 *   <tr><td>not-affected</td><td>NOT_AFFECTED</td><td></td></tr>
 *   <tr><td>open, nodsa_reason ignored</td><td>WONT_FIX</td><td>ignored: nodsa text</td></tr>
 *   <tr><td>open, nodsa (no reason)</td><td>WONT_FIX</td><td>no-dsa: nodsa text</td></tr>
 *   <tr><td>open, urgency end-of-life</td><td>WONT_FIX</td><td>end-of-life</td></tr>
 *   <tr><td>open, nodsa_reason postponed</td><td>UNFIXED</td><td>postponed: nodsa text</td></tr>
 *   <tr><td>open</td><td>UNFIXED</td><td></td></tr>
 *   <tr><td>undetermined</td><td>UNFIXED</td><td>undetermined</td></tr>
 * </table>
 *
 * <p>Severity: the urgency without the tracker's {@code *}/{@code **} marks (which say the urgency
 * came from NVD rather than the security team), {@code not yet assigned} and {@code end-of-life}
 * giving none; the advisory's severity is the highest urgency of its packages.
 *
 * <p>The export is keyed by package, so a CVE's packages are only complete at the end of the file:
 * the reader streams one package at a time and keeps a compact row per (CVE, release, package)
 * until the end, then writes the advisories in id order.
 */
@NullMarked
package dev.lashing.vulndb.debian;

import org.jspecify.annotations.NullMarked;
