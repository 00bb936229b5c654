package dev.lashing.catalog.php;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;

/** Any bytes: the parser returns packages or throws {@link MalformedFileException}. */
class ComposerParserFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void parse(byte[] data) {
    try {
      ComposerParser.parse(new Location("/composer.lock", null), data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }
}
