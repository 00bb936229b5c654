package dev.lashing.catalog.python;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;

/** Any bytes: each parser returns packages or throws {@link MalformedFileException}. */
class PythonParsersFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void metadata(byte[] data) {
    try {
      MetadataParser.parse(new Location("/x.dist-info/METADATA", null), data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void requirements(byte[] data) {
    try {
      RequirementsParser.parse(new Location("/requirements.txt", null), data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }

  @FuzzTest(maxDuration = "30s")
  void lock(byte[] data) {
    try {
      PythonLockParser.parse(new Location("/uv.lock", null), data, "fuzz");
    } catch (MalformedFileException expected) {
      // a warning
    }
  }
}
