package dev.lashing.cli.config;

import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns the PATH arguments into a scan: files and directories, or {@code -} for stdin. */
final class Inputs {
  /** The same cap the scanner puts on one file. */
  static final int MAX_STDIN = 8 * 1024 * 1024;

  static final String STDIN_NAME = "stdin";

  private Inputs() {}

  static ScanResult scan(CommandLine cl, ConfigScanner scanner, List<String> paths)
      throws IOException {
    if (!paths.contains("-")) {
      return scanner.scan(paths.stream().map(Path::of).toList());
    }
    if (paths.size() > 1) {
      throw new ParameterException(cl, "'-' (standard input) must be the only PATH");
    }
    InputStream in = System.in;
    byte[] bytes = in.readNBytes(MAX_STDIN + 1);
    if (bytes.length > MAX_STDIN) {
      throw new IOException("standard input larger than " + MAX_STDIN + " bytes");
    }
    return scanner.scan(STDIN_NAME, bytes);
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", "; ").replaceAll("\\p{Cntrl}", "?").strip();
  }
}
