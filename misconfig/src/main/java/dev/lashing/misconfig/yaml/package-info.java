/**
 * Bounded YAML loading into a tree whose every key and value keeps its line and column, so checks
 * can point at the exact place in a user's file.
 */
@NullMarked
package dev.lashing.misconfig.yaml;

import org.jspecify.annotations.NullMarked;
