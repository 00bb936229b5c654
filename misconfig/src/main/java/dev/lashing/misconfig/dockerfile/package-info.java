/**
 * Dockerfile parser: directives, instructions with positions, heredocs, flags, stages and ARG/ENV
 * expansion per stage.
 */
@NullMarked
package dev.lashing.misconfig.dockerfile;

import org.jspecify.annotations.NullMarked;
