package dev.lashing.catalog.distro;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/** Turns the paths package databases record into the absolute, normalized paths of a view. */
public final class OsPaths {
  private OsPaths() {}

  /**
   * {@code path} made absolute ({@code usr/bin/x} → {@code /usr/bin/x}), with empty and {@code .}
   * segments dropped and {@code ..} resolved without leaving the root; null for a blank path or the
   * root itself.
   */
  public static @Nullable String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String s : path.strip().split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(s);
      }
    }
    return parts.isEmpty() ? null : "/" + String.join("/", parts);
  }
}
