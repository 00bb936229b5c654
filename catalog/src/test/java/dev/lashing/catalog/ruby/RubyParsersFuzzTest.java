package dev.lashing.catalog.ruby;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;

/** Any bytes: each parser returns packages or throws {@link MalformedFileException}. */
class RubyParsersFuzzTest {
  private static final Location AT = new Location("/fuzz", null);

  @FuzzTest(maxDuration = "30s")
  void gemspec(byte[] data) {
    try {
      GemspecParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void gemfileLock(byte[] data) {
    try {
      GemfileLockParser.parse(AT, data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }
}
