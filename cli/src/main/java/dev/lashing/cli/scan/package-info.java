/**
 * The vulnerability scan commands: {@code lashing image REF} (in {@code cli.image}, using this
 * package), {@code lashing fs DIR}, {@code lashing rootfs DIR} and {@code lashing sbom scan FILE},
 * sharing {@link dev.lashing.cli.scan.ScanOptions} and {@link dev.lashing.cli.scan.ScanRunner}.
 */
@NullMarked
package dev.lashing.cli.scan;

import org.jspecify.annotations.NullMarked;
