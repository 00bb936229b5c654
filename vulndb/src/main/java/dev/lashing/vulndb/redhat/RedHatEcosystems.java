package dev.lashing.vulndb.redhat;

import org.jspecify.annotations.Nullable;

/** Product CPE → ecosystem key; see the package documentation. */
final class RedHatEcosystems {

  private RedHatEcosystems() {}

  static @Nullable String fromCpe(String cpe) {
    String[] parts;
    int vendor;
    if (cpe.startsWith("cpe:2.3:")) {
      parts = cpe.split(":", -1);
      vendor = 3;
    } else if (cpe.startsWith("cpe:/")) {
      parts = cpe.split(":", -1);
      vendor = 2;
    } else {
      return null;
    }
    if (parts.length <= vendor + 1 || !parts[vendor].equals("redhat")) {
      return null;
    }
    String product = parts[vendor + 1];
    if (!product.matches("[a-z0-9_.+-]+")) {
      return null;
    }
    String version = parts.length > vendor + 2 ? parts[vendor + 2] : "";
    if (version.equals("*") || version.equals("-") || !version.matches("[A-Za-z0-9_.+-]*")) {
      version = "";
    }
    if (product.equals("enterprise_linux") && version.contains(".")) {
      version = version.substring(0, version.indexOf('.'));
    }
    return "Red Hat:" + product + (version.isEmpty() ? "" : ":" + version);
  }
}
