/**
 * Rust crates: the cargo-auditable dependency list ({@code .dep-v0}, zlib-compressed JSON) linked
 * into binaries, and {@code Cargo.lock}.
 */
@NullMarked
package dev.lashing.catalog.rust;

import org.jspecify.annotations.NullMarked;
