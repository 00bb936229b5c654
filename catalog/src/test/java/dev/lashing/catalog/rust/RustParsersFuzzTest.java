package dev.lashing.catalog.rust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;

/** Any bytes: each parser returns packages or throws {@link MalformedFileException}. */
class RustParsersFuzzTest {
  private static final Location AT = new Location("/fuzz", null);

  @FuzzTest(maxDuration = "30s")
  void auditable(byte[] data) {
    try {
      AuditableParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void cargoLock(byte[] data) {
    try {
      CargoLockParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }
}
