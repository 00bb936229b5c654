/**
 * Matching language packages against OSV records by ecosystem and name (Maven group:artifact, npm
 * scopes, normalised PyPI names, Go modules and stdlib).
 */
@NullMarked
package dev.lashing.match.language;

import org.jspecify.annotations.NullMarked;
