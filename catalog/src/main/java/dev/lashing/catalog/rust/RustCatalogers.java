package dev.lashing.catalog.rust;

import dev.lashing.catalog.BinaryCataloger;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.FileCataloger;
import java.util.List;
import java.util.Set;

/** The Rust catalogers. */
public final class RustCatalogers {
  private RustCatalogers() {}

  /** Binaries built with cargo-auditable. */
  public static Cataloger auditableBinaries() {
    return new BinaryCataloger(
        "rust-audit-binary-cataloger",
        Set.of("language", "rust", "cargo", "image", "directory", "installed", "binary"),
        1,
        List.of(".dep-v0", "__dep_v0"),
        512 << 20,
        (loc, b) -> AuditableParser.parse(loc, b, "rust-audit-binary-cataloger"));
  }

  /** {@code Cargo.lock}. */
  public static Cataloger cargoLock() {
    return new FileCataloger(
        "cargo-lock-cataloger",
        Set.of("language", "rust", "cargo", "directory", "declared"),
        1,
        p -> p.endsWith("/Cargo.lock"),
        32 << 20,
        (loc, b) -> CargoLockParser.parse(loc, b, "cargo-lock-cataloger"));
  }
}
