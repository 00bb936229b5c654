package dev.lashing.catalog.dotnet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;

/** Any bytes: each parser returns packages or throws {@link MalformedFileException}. */
class DotnetParsersFuzzTest {
  private static final Location AT = new Location("/fuzz", null);

  @FuzzTest(maxDuration = "30s")
  void depsJson(byte[] data) {
    try {
      DepsJsonParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void packagesLock(byte[] data) {
    try {
      PackagesLockParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }
}
