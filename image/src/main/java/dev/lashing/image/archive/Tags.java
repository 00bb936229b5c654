package dev.lashing.image.archive;

import dev.lashing.model.ImageRef;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Compares the tag a user gave with the names an archive records. */
final class Tags {
  private Tags() {}

  /**
   * Whether {@code recorded} names the same image as {@code wanted}: equal text, or equal once both
   * are normalized as references ({@code alpine:3.20} = {@code docker.io/library/alpine:3.20}).
   */
  static boolean same(@Nullable String recorded, String wanted) {
    if (recorded == null) {
      return false;
    }
    if (recorded.equals(wanted)) {
      return true;
    }
    ImageRef a = parse(recorded);
    ImageRef b = parse(wanted);
    return a != null
        && b != null
        && a.name().equals(b.name())
        && Objects.equals(a.tag(), b.tag())
        && Objects.equals(a.digest(), b.digest());
  }

  /** The tag part of a reference ({@code alpine:3.20} → {@code 3.20}), or null. */
  static @Nullable String tagOf(String wanted) {
    ImageRef r = parse(wanted);
    return r == null || !wanted.contains(":") ? null : r.tag();
  }

  static String list(Collection<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static @Nullable ImageRef parse(String s) {
    try {
      return ImageRef.parse(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
