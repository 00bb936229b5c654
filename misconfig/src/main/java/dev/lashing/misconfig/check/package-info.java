/**
 * Checks as data: YAML check files (metadata, cross-references, controls, examples) with CEL or
 * named Java logic, the ordered built-in catalog, and the evaluator that turns them into hits.
 */
@NullMarked
package dev.lashing.misconfig.check;

import org.jspecify.annotations.NullMarked;
