package dev.lashing.sbom.spdx;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code lashing:KEY=VALUE} annotation comments that carry facts SPDX has no field for. */
final class Notes {
  static final String PREFIX = "lashing:";
  static final String ID = "id";
  static final String FOUND_BY = "foundBy";
  static final String TYPE = "type";
  static final String NAMESPACE = "namespace";
  static final String SOURCE_NAME = "sourceName";
  static final String SOURCE_VERSION = "sourceVersion";
  static final String ARCH = "arch";

  /** {@code LAYER-OR-DASH SPACE PATH}. */
  static final String LOCATION = "location";

  static final String METADATA = "metadata:";
  static final String MANIFEST_DIGEST = "manifestDigest";
  static final String CONFIG_DIGEST = "configDigest";
  static final String TAG = "tag";
  static final String PLATFORM = "platform";
  static final String OS_CODENAME = "os:codename";
  static final String OS_ID_LIKE = "os:idLike";
  static final String OS_SOURCE = "os:source";

  private Notes() {}

  static void add(List<String> notes, String key, @Nullable String value) {
    if (value != null) {
      notes.add(PREFIX + key + "=" + value);
    }
  }

  static @Nullable String first(List<String> notes, String key) {
    List<String> all = all(notes, key);
    return all.isEmpty() ? null : all.getFirst();
  }

  static List<String> all(List<String> notes, String key) {
    String head = PREFIX + key + "=";
    List<String> out = new ArrayList<>();
    for (String n : notes) {
      if (n.startsWith(head)) {
        out.add(n.substring(head.length()));
      }
    }
    return out;
  }
}
