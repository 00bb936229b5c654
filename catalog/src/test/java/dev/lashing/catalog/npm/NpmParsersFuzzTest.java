package dev.lashing.catalog.npm;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;

/** Any bytes: each parser returns packages or throws {@link MalformedFileException}. */
class NpmParsersFuzzTest {
  private static final Location AT = new Location("/fuzz", null);

  @FuzzTest(maxDuration = "30s")
  void packageJson(byte[] data) {
    try {
      PackageJsonParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void packageLock(byte[] data) {
    try {
      PackageLockParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void yarnLock(byte[] data) {
    try {
      YarnLockParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void pnpmLock(byte[] data) {
    try {
      PnpmLockParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }
}
