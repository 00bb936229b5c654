package dev.lashing.model;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A content digest as OCI writes it: {@code algorithm:hex}. Only sha256 and sha512 are accepted;
 * the hex part must have the algorithm's exact length.
 */
public record Digest(String algorithm, String hex) implements Comparable<Digest> {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

  public Digest {
    int expected =
        switch (algorithm) {
          case "sha256" -> 64;
          case "sha512" -> 128;
          default ->
              throw new IllegalArgumentException("unsupported digest algorithm: " + algorithm);
        };
    if (hex.length() != expected || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "malformed " + algorithm + " digest: expected " + expected + " lowercase hex characters");
    }
  }

  /** Parses {@code sha256:<64 hex>}; throws IllegalArgumentException with a readable message. */
  public static Digest parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("malformed digest '" + abbreviate(text) + "'");
    }
    try {
      return new Digest(text.substring(0, colon), text.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "malformed digest '" + abbreviate(text) + "': " + e.getMessage(), e);
    }
  }

  public static Digest sha256(byte[] raw) {
    return new Digest("sha256", HexFormat.of().formatHex(raw));
  }

  /** The JDK MessageDigest name for this algorithm. */
  public String jcaName() {
    return algorithm.toUpperCase(Locale.ROOT).replace("SHA", "SHA-");
  }

  /** First 12 hex characters, as tools print short ids. */
  public String shortHex() {
    return hex.substring(0, 12);
  }

  @Override
  public int compareTo(Digest o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }

  private static String abbreviate(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
  }
}
