/**
 * Go modules: the build information Go links into every binary ({@code \xff Go buildinf:}, the
 * pre-1.18 pointer form and the 1.18+ inline form) and {@code go.mod} in directory scans.
 */
@NullMarked
package dev.lashing.catalog.golang;

import org.jspecify.annotations.NullMarked;
