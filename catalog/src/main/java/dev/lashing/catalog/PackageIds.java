package dev.lashing.catalog;

import dev.lashing.model.Location;
import dev.lashing.model.PackageType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Stable package ids: the same package at the same place gets the same id in every run. */
public final class PackageIds {
  private PackageIds() {}

  public static String of(PackageType type, String name, String version, List<Location> locations) {
    String where = locations.isEmpty() ? "" : locations.getFirst().path();
    String key = type.name() + "\u0000" + name + "\u0000" + version + "\u0000" + where;
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
