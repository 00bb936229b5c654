package dev.lashing.misconfig.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * FAKE secrets for tests: realistically shaped (right prefix, length and alphabet, high entropy)
 * but random characters from a fixed seed. None of them was ever issued by any provider.
 */
final class Fakes {
  static final String UPPER32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final String B64 = ALNUM + "+/";
  static final String URLSAFE = ALNUM + "_-";
  static final String HEX = "0123456789abcdef";

  private Fakes() {}

  /** {@code n} characters of {@code alphabet}, the same for the same {@code seed}. */
  static String of(String alphabet, int n, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static String alnum(int n, long seed) {
    return of(ALNUM, n, seed);
  }

  static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A PEM block whose body is random base64 (not a key). */
  static String pem(String kind, long seed) {
    StringBuilder b = new StringBuilder("-----BEGIN " + kind + "-----\n");
    for (int i = 0; i < 5; i++) {
      b.append(of(B64, 64, seed + i)).append('\n');
    }
    return b.append("-----END ").append(kind).append("-----\n").toString();
  }
}
