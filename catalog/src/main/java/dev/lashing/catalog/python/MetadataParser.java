package dev.lashing.catalog.python;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Core metadata ({@code METADATA}, {@code PKG-INFO}): the RFC 822 header block only (the body is
 * the long description and is never scanned), capped in lines. A zipped {@code .egg} is opened for
 * its {@code EGG-INFO/PKG-INFO}.
 */
final class MetadataParser {
  private MetadataParser() {}

  private static final int MAX_HEADER_LINES = 20_000;
  private static final int MAX_PKG_INFO = 4 << 20;
  private static final int MAX_EGG_ENTRIES = 100_000;

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    byte[] metadata =
        location.path().toLowerCase(Locale.ROOT).endsWith(".egg") ? fromEgg(content) : content;
    Map<String, List<String>> h = headers(new String(metadata, StandardCharsets.UTF_8));
    String name = first(h, "name");
    String version = first(h, "version");
    if (name == null || version == null) {
      throw new MalformedFileException("no Name and Version headers");
    }
    Map<String, String> meta = new LinkedHashMap<>();
    String home = first(h, "home-page");
    if (home != null) {
      meta.put("homepage", home);
    }
    String supplier = first(h, "author");
    if (supplier == null) {
      supplier = first(h, "author-email");
    }
    return CatalogResult.of(
        List.of(PyPi.of(name, version, licenses(h), supplier, foundBy, location, meta)));
  }

  /** License-Expression, else a short License, else the license classifiers. */
  static List<String> licenses(Map<String, List<String>> h) {
    String expr = first(h, "license-expression");
    if (expr != null) {
      return List.of(expr);
    }
    String lic = first(h, "license");
    if (lic != null && lic.length() <= 100 && !lic.contains("\n") && !lic.equals("UNKNOWN")) {
      return List.of(lic);
    }
    List<String> out = new ArrayList<>();
    for (String c : h.getOrDefault("classifier", List.of())) {
      if (c.startsWith("License ::")) {
        out.add(c.substring(c.lastIndexOf("::") + 2).strip());
      }
    }
    return out;
  }

  static Map<String, List<String>> headers(String text) throws MalformedFileException {
    Map<String, List<String>> h = new LinkedHashMap<>();
    String key = null;
    int n = 0;
    for (String line : text.split("\r?\n", MAX_HEADER_LINES + 1)) {
      if (line.isEmpty() || ++n > MAX_HEADER_LINES) {
        break;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && key != null) {
        List<String> vs = h.get(key);
        vs.set(vs.size() - 1, vs.getLast() + "\n" + line.strip());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        if (h.isEmpty()) {
          throw new MalformedFileException("line " + n + " is not a 'Header: value' line");
        }
        break;
      }
      key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      h.computeIfAbsent(key, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
    }
    return h;
  }

  private static @Nullable String first(Map<String, List<String>> h, String key) {
    List<String> v = h.get(key);
    return v == null || v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst();
  }

  private static byte[] fromEgg(byte[] egg) throws MalformedFileException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(egg))) {
      ZipEntry e;
      int entries = 0;
      while ((e = z.getNextEntry()) != null && ++entries <= MAX_EGG_ENTRIES) {
        if (e.getName().equals("EGG-INFO/PKG-INFO")) {
          byte[] b = z.readNBytes(MAX_PKG_INFO + 1);
          if (b.length > MAX_PKG_INFO) {
            throw new MalformedFileException("EGG-INFO/PKG-INFO larger than " + MAX_PKG_INFO);
          }
          return b;
        }
      }
    } catch (IOException e) {
      throw new MalformedFileException("corrupt egg archive: " + e.getMessage(), e);
    }
    throw new MalformedFileException("egg archive without EGG-INFO/PKG-INFO");
  }
}
