/**
 * Vulnerability matching: the {@link dev.lashing.match.Matcher} registry, findings with their match
 * detail, filters and the {@link dev.lashing.match.ScanPipeline}.
 */
@NullMarked
package dev.lashing.match;

import org.jspecify.annotations.NullMarked;
