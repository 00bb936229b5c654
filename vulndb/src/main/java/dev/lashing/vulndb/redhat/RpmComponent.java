package dev.lashing.vulndb.redhat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * An rpm as a CSAF component names it: from its purl ({@code
 * pkg:rpm/redhat/bind-libs@9.8.2-0.68.rc1.el6_10.17?arch=x86_64&epoch=32}) or, without one, from
 * the product reference ({@code libwebp}, or {@code sudo-0:1.9.5p2-7.el9_0.4.x86_64}).
 *
 * @param name the rpm name
 * @param evr {@code epoch:version-release}, or null when the component is unversioned
 * @param module the module {@code name:stream} of a modular rpm, or null
 */
record RpmComponent(String name, @Nullable String evr, @Nullable String module) {

  /** From a purl; null when it is not an rpm purl. */
  static @Nullable RpmComponent fromPurl(String purl) {
    if (!purl.startsWith("pkg:rpm/")) {
      return null;
    }
    String rest = purl.substring("pkg:rpm/".length());
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    String qualifiers = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      qualifiers = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String version = null;
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      version = decode(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    String name = decode(rest.substring(rest.lastIndexOf('/') + 1));
    String epoch = "0";
    String module = null;
    for (String kv : qualifiers.split("&")) {
      if (kv.startsWith("epoch=")) {
        epoch = decode(kv.substring(6));
      } else if (kv.startsWith("rpmmod=")) {
        module = stream(decode(kv.substring(7)));
      }
    }
    if (!validName(name) || (version != null && !validVersion(version)) || !epoch.matches("\\d+")) {
      return null;
    }
    return new RpmComponent(
        name, version == null || version.isEmpty() ? null : epoch + ":" + version, module);
  }

  /** From a product reference without purl: a plain name, or an N-E:V-R.A string. */
  static @Nullable RpmComponent fromReference(String reference) {
    if (validName(reference) && !reference.contains(":")) {
      return new RpmComponent(reference, null, null);
    }
    String s = reference;
    int dot = s.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    s = s.substring(0, dot); // arch
    int releaseDash = s.lastIndexOf('-');
    if (releaseDash < 0) {
      return null;
    }
    int versionDash = s.lastIndexOf('-', releaseDash - 1);
    if (versionDash <= 0) {
      return null;
    }
    String name = s.substring(0, versionDash);
    String ev = s.substring(versionDash + 1, releaseDash);
    String release = s.substring(releaseDash + 1);
    String evr = (ev.contains(":") ? ev : "0:" + ev) + "-" + release;
    return validName(name) && validVersion(evr) ? new RpmComponent(name, evr, null) : null;
  }

  private static String stream(String rpmmod) {
    String[] parts = rpmmod.split(":");
    return parts.length >= 2 ? parts[0] + ":" + parts[1] : rpmmod;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static boolean validName(String name) {
    return !name.isEmpty() && name.length() <= 256 && name.matches("[A-Za-z0-9_.+-]+");
  }

  private static boolean validVersion(String v) {
    return !v.isEmpty() && v.length() <= 256 && v.matches("[A-Za-z0-9_.+~^:-]+");
  }
}
