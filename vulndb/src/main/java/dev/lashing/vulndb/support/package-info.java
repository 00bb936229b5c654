/**
 * Small helpers the feed parsers share: a JSON/YAML mapper with read limits, one-line error
 * positions, and clipping of untrusted text quoted in error messages. Not a source itself.
 */
@NullMarked
package dev.lashing.vulndb.support;

import org.jspecify.annotations.NullMarked;
