/** Renderers for {@code lashing image inspect}. */
@NullMarked
package dev.lashing.report.inspect;

import org.jspecify.annotations.NullMarked;
