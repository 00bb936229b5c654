package dev.lashing.image.archive;

import dev.lashing.image.ImageException;
import dev.lashing.image.oci.Descriptor;
import dev.lashing.model.Platform;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Picks one entry of an OCI layout's {@code index.json}: by tag through the {@code
 * org.opencontainers.image.ref.name} annotation (or containerd's {@code io.containerd.image.name}),
 * else the only entry, else the only entry for the wanted platform.
 */
final class LayoutSelection {
  static final String CONTAINERD_NAME = "io.containerd.image.name";

  private LayoutSelection() {}

  static Descriptor select(
      List<Descriptor> entries, @Nullable String tag, Platform wanted, String where)
      throws ImageException {
    if (entries.isEmpty()) {
      throw new ImageException(where + ": index lists no images");
    }
    List<Descriptor> candidates = entries;
    if (tag != null) {
      candidates = new ArrayList<>();
      for (Descriptor d : entries) {
        if (matches(d, tag)) {
          candidates.add(d);
        }
      }
      if (candidates.isEmpty()) {
        throw new ImageException(
            where + ": no image tagged '" + tag + "' (available: " + refNames(entries) + ")");
      }
    }
    if (candidates.size() == 1) {
      return candidates.getFirst();
    }
    Descriptor only = null;
    int hits = 0;
    for (Descriptor d : candidates) {
      if (d.platform() != null && wanted.accepts(d.platform())) {
        only = d;
        hits++;
      }
    }
    if (hits == 1) {
      return only;
    }
    throw new ImageException(
        where
            + ": holds "
            + candidates.size()
            + " images"
            + (tag == null ? "" : " tagged '" + tag + "'")
            + " and "
            + (hits == 0 ? "none" : hits)
            + " for platform "
            + wanted
            + "; name one by tag (available: "
            + refNames(candidates)
            + ")");
  }

  static boolean matches(Descriptor d, String tag) {
    String ref = d.refName();
    String full = d.annotations().get(CONTAINERD_NAME);
    if (tag.equals(ref) || Tags.same(full, tag) || Tags.same(ref, tag)) {
      return true;
    }
    // skopeo and umoci record only the tag: "alpine:3.20" finds ref.name "3.20".
    String shortTag = Tags.tagOf(tag);
    return ref != null && full == null && shortTag != null && shortTag.equals(ref);
  }

  static String refNames(List<Descriptor> entries) {
    List<String> names = new ArrayList<>();
    for (Descriptor d : entries) {
      String ref = d.refName();
      String label = ref != null ? ref : "<unnamed " + d.digest().shortHex() + ">";
      names.add(d.platform() == null ? label : label + " (" + d.platform() + ")");
    }
    return Tags.list(names);
  }
}
