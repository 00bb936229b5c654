package dev.lashing.catalog.golang;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;

/** Any bytes: each parser returns packages or throws {@link MalformedFileException}. */
class GoParsersFuzzTest {
  private static final Location AT = new Location("/fuzz", null);

  @FuzzTest(maxDuration = "30s")
  void buildInfo(byte[] data) {
    try {
      GoBuildInfo.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void goMod(byte[] data) {
    try {
      GoModParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }
}
