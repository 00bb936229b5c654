package dev.lashing.catalog.java;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small jars in memory. */
final class JarFixtures {
  private JarFixtures() {}

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] pom(String g, String a, String v) {
    return ("groupId=" + g + "\nartifactId=" + a + "\nversion=" + v + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static String pomPath(String g, String a) {
    return "META-INF/maven/" + g + "/" + a + "/pom.properties";
  }
}
