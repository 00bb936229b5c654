/** Rendering results: tables for people, JSON for machines, written atomically. */
@NullMarked
package dev.lashing.report;

import org.jspecify.annotations.NullMarked;
