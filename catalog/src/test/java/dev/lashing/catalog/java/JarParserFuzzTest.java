package dev.lashing.catalog.java;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;

/**
 * Any bytes: the parser returns packages or throws {@link MalformedFileException}, nothing else.
 * The normal build replays the seeds in {@code JarParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class JarParserFuzzTest {
  private static final JarParser PARSER =
      new JarParser(new ArchiveLimits(1 << 20, 1000, 8L << 20, 3, 1 << 16), "fuzz");

  @FuzzTest(maxDuration = "30s")
  void parse(byte[] data) {
    try {
      PARSER.parse(new Location("/fuzz.jar", null), data);
    } catch (MalformedFileException expected) {
      // reported as a warning by the cataloger
    }
  }
}
