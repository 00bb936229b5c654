/**
 * Matching OS packages (deb, apk, rpm) against their own distribution's feed, by binary and source
 * package, honoring the feed's statuses.
 */
@NullMarked
package dev.lashing.match.distro;

import org.jspecify.annotations.NullMarked;
