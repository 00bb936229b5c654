package dev.lashing.match.ignore;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One VEX statement, whatever the document format: a vulnerability, the products (package URLs) it
 * is about, the status and its justification.
 *
 * @param source the document and statement, for the finding's suppression ({@code vex.json
 *     statement 2})
 */
public record VexStatement(
    String vulnerability,
    List<String> products,
    Status status,
    @Nullable String justification,
    String source) {

  public VexStatement {
    products = List.copyOf(products);
  }

  /** The four VEX statuses; only {@link #NOT_AFFECTED} and {@link #FIXED} suppress. */
  public enum Status {
    NOT_AFFECTED,
    FIXED,
    AFFECTED,
    UNDER_INVESTIGATION;

    /** OpenVEX spelling: {@code not_affected}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean suppresses() {
      return this == NOT_AFFECTED || this == FIXED;
    }
  }

  /**
   * Whether the statement covers a package: a product purl equal to the package's once both drop
   * their qualifiers and subpath, and without a version when the statement names none.
   */
  public boolean covers(String purl) {
    String pkg = bare(purl);
    for (String product : products) {
      String p = bare(product);
      if (p.equals(pkg) || (!p.contains("@") && p.equals(withoutVersion(pkg)))) {
        return true;
      }
    }
    return false;
  }

  private static String bare(String purl) {
    int cut = purl.length();
    for (char c : new char[] {'?', '#'}) {
      int i = purl.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return purl.substring(0, cut);
  }

  private static String withoutVersion(String purl) {
    int at = purl.lastIndexOf('@');
    return at > 0 && purl.indexOf('/') < at ? purl.substring(0, at) : purl;
  }
}
