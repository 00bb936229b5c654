/**
 * Version ordering, one {@link dev.lashing.model.version.VersionScheme} per ecosystem, and the
 * range evaluation built on top of it.
 *
 * <p>Schemes: dpkg (Debian, Ubuntu), apk (Alpine, Wolfi, Chainguard), rpm (Red Hat, Rocky Linux,
 * AlmaLinux, SUSE, openSUSE, ...; tilde and caret), SemVer 2 (npm, Go, crates.io, Hex, Bitnami),
 * Pub (SemVer with ordered build metadata), Maven (ComparableVersion), PEP 440 (PyPI, legacy
 * versions sort first), RubyGems, NuGet (SemVer 2 with four-part legacy versions), Composer/PHP
 * (Packagist), CRAN and Hackage (dotted numbers).
 *
 * <p>Every {@code compare} is a total preorder over all strings: strings a scheme does not accept
 * still compare deterministically (each scheme documents its fallback) and compare never throws.
 * Look schemes up by OSV ecosystem name with {@link dev.lashing.model.version.VersionSchemes}.
 * Ranges: {@link dev.lashing.model.version.OsvRange} (OSV {@code affected[].ranges[]}), {@link
 * dev.lashing.model.version.OsvAffected} (ranges plus explicit versions) and {@link
 * dev.lashing.model.version.SemverRange} (node-semver range syntax).
 */
@NullMarked
package dev.lashing.model.version;

import org.jspecify.annotations.NullMarked;
