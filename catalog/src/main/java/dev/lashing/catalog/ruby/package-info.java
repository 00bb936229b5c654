/**
 * Ruby gems: installed specifications ({@code specifications/*.gemspec}, the Ruby DSL read by a
 * small bounded line parser, no Ruby) and {@code Gemfile.lock}.
 */
@NullMarked
package dev.lashing.catalog.ruby;

import org.jspecify.annotations.NullMarked;
