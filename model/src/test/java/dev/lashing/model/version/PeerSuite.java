package dev.lashing.model.version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the peer fixture line formats into checks; each check knows its own verdict. */
final class PeerSuite {
  private PeerSuite() {}

  /** One peer assertion: where it came from and whether Lashing agrees. */
  record Check(String where, String text, boolean agrees) {}

  private static final Pattern OP_LINE = Pattern.compile("(\\S+) (<|>|=) (\\S+)");

  static int sign(String op) {
    return switch (op) {
      case "<", "-1" -> -1;
      case ">", "1" -> 1;
      default -> 0;
    };
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** {@code A <op> B} lines; '#' and '//' start comments. */
  static List<Check> relationLines(Path file, VersionScheme scheme) throws IOException {
    List<Check> out = new ArrayList<>();
    List<String> all = lines(file);
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i).replaceAll("\\s+#.*$", "").strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
        continue;
      }
      Matcher m = OP_LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": unreadable line " + line);
      }
      out.add(
          relation(file.getFileName() + ":" + (i + 1), scheme, m.group(1), m.group(2), m.group(3)));
    }
    return out;
  }

  /** Checks the relation both ways round (antisymmetry is part of agreeing). */
  static Check relation(String where, VersionScheme scheme, String a, String op, String b) {
    int expected = sign(op);
    int got = Integer.signum(scheme.compare(a, b));
    int back = Integer.signum(scheme.compare(b, a));
    return new Check(
        where,
        a + " " + op + " " + b + " (got " + got + ", reverse " + back + ")",
        got == expected && back == -expected);
  }
}
