package dev.lashing.misconfig.secret;

import dev.lashing.image.Layer;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns hits into findings and folds the layers of an image together: the same secret (its n-th
 * occurrence) of the same rule at the same path in several layers (a file rewritten but still
 * holding it) is one finding, attributed to the lowest layer (the step that added it); it is {@code
 * removedLater} when the file the final image shows at that path does not hold it.
 */
final class LayerMerge {
  private static final Comparator<SecretFinding> ORDER =
      Comparator.comparing(SecretFinding::path)
          .thenComparingInt(SecretFinding::line)
          .thenComparingInt(SecretFinding::column)
          .thenComparing(SecretFinding::ruleId);

  private final List<Layer> layers;
  private final @Nullable FileResolver squashed;

  /** Per (rule, path, secret): the lowest-layer finding, and whether the final image has it. */
  private final Map<String, Group> groups = new LinkedHashMap<>();

  private static final class Group {
    SecretFinding first;
    boolean visible;

    Group(SecretFinding first, boolean visible) {
      this.first = first;
      this.visible = visible;
    }
  }

  LayerMerge(List<Layer> layers, @Nullable FileResolver squashed) {
    this.layers = layers;
    this.squashed = squashed;
  }

  /** Adds the hits of one file; synchronized because layer reads may run on several threads. */
  synchronized void add(
      @Nullable FileEntry entry, String display, byte[] content, List<RuleSet.Hit> hits) {
    if (hits.isEmpty()) {
      return;
    }
    SecretFinding.LayerRef layer = layerOf(entry);
    boolean visible = entry == null || visibleInFinalImage(entry);
    LineIndex lines = new LineIndex(content);
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (RuleSet.Hit h : hits) {
      int line = lines.lineOf(h.at());
      int col = h.at() - lines.startOf(line) + 1;
      SecretFinding f =
          new SecretFinding(
              h.rule().id(),
              h.rule().name(),
              h.rule().title(),
              h.rule().severity(),
              display,
              line,
              col,
              Redaction.redact(h.secret()),
              layer,
              false);
      String base = h.rule().id() + '\0' + display + '\0' + h.secret();
      String key = base + '\0' + seen.merge(base, 1, Integer::sum);
      Group g = groups.get(key);
      if (g == null) {
        groups.put(key, new Group(f, visible));
      } else {
        g.visible |= visible;
        if (index(f) < index(g.first)) {
          g.first = f;
        }
      }
    }
  }

  private static int index(SecretFinding f) {
    return f.layer() == null ? -1 : f.layer().index();
  }

  private SecretFinding.@Nullable LayerRef layerOf(@Nullable FileEntry e) {
    if (e == null || e.layerIndex() < 0 || e.layerIndex() >= layers.size()) {
      return null;
    }
    Layer l = layers.get(e.layerIndex());
    return new SecretFinding.LayerRef(l.index(), l.digest(), l.diffId(), l.createdBy());
  }

  private boolean visibleInFinalImage(FileEntry e) {
    if (squashed == null || e.layerIndex() < 0) {
      return true;
    }
    Optional<FileEntry> now = squashed.entry(e.path());
    return now.isPresent() && now.get().layerIndex() == e.layerIndex();
  }

  List<SecretFinding> findings() {
    List<SecretFinding> out = new ArrayList<>();
    for (Group g : groups.values()) {
      SecretFinding f = g.first;
      out.add(
          g.visible
              ? f
              : new SecretFinding(
                  f.ruleId(),
                  f.ruleName(),
                  f.title(),
                  f.severity(),
                  f.path(),
                  f.line(),
                  f.column(),
                  f.redacted(),
                  f.layer(),
                  true));
    }
    out.sort(ORDER);
    return out;
  }
}
