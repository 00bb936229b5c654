package dev.lashing.image.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FileResolver} over indexed nodes: a path-ordered list of entries and a map from path to
 * the entry lookups see. Content comes from the image's {@link Content}; any entry of the same
 * image (from any view) can be read through any view.
 */
final class View implements FileResolver {

  /** Finds the node of an entry of the same image, or null. */
  @FunctionalInterface
  interface NodeLookup {
    @Nullable Node find(FileEntry e);
  }

  private static final Comparator<FileEntry> ORDER =
      Comparator.comparing(FileEntry::path, FsPaths.ORDER).thenComparingInt(FileEntry::layerIndex);

  private final List<FileEntry> sorted;
  private final Map<String, Node> byPath;
  private final NodeLookup lookup;
  private final Content content;

  /**
   * @param sorted entries in {@link #ORDER}
   * @param byPath the node each path resolves to
   */
  View(List<FileEntry> sorted, Map<String, Node> byPath, NodeLookup lookup, Content content) {
    this.sorted = List.copyOf(sorted);
    this.byPath = byPath;
    this.lookup = lookup;
    this.content = content;
  }

  static Comparator<FileEntry> order() {
    return ORDER;
  }

  @Override
  public Optional<FileEntry> file(String path) {
    return Optional.ofNullable(resolve(path, true)).map(Node::entry);
  }

  @Override
  public Optional<FileEntry> entry(String path) {
    return Optional.ofNullable(resolve(path, false)).map(Node::entry);
  }

  private @Nullable Node resolve(String path, boolean followLast) {
    List<String> todo = new ArrayList<>();
    push(todo, path);
    List<String> cur = new ArrayList<>();
    Node node = byPath.get("/");
    int links = 0;
    while (!todo.isEmpty()) {
      String c = todo.removeLast();
      if (c.equals("..")) {
        if (!cur.isEmpty()) {
          cur.removeLast();
        }
        node = byPath.get(join(cur));
        continue;
      }
      if (node == null || !node.entry().isDirectory()) {
        return null;
      }
      cur.add(c);
      Node n = byPath.get(join(cur));
      if (n == null) {
        return null;
      }
      if (n.entry().isSymlink() && (followLast || !todo.isEmpty())) {
        String target = n.entry().linkTarget();
        if (++links > MAX_SYMLINKS || target == null || target.isEmpty()) {
          return null;
        }
        cur.removeLast();
        if (target.startsWith("/")) {
          cur.clear();
        }
        push(todo, target);
        node = byPath.get(join(cur));
        continue;
      }
      node = n;
    }
    return node;
  }

  /** Pushes the components of {@code path} so that the first one is popped first. */
  private static void push(List<String> stack, String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty() && !parts[i].equals(".")) {
        stack.add(parts[i]);
      }
    }
  }

  private static String join(List<String> parts) {
    return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
  }

  @Override
  public Stream<FileEntry> entries() {
    return sorted.stream();
  }

  @Override
  public List<FileEntry> glob(String pattern) {
    String p = pattern.startsWith("/") || pattern.startsWith("**") ? pattern : "/" + pattern;
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p);
    return sorted.stream().filter(e -> m.matches(Path.of(e.path()))).toList();
  }

  @Override
  public List<FileEntry> containing(
      Predicate<FileEntry> candidates, Pattern pattern, long maxFileBytes) throws IOException {
    long cap = Math.min(maxFileBytes, Integer.MAX_VALUE - 8);
    List<FileEntry> files =
        sorted.stream()
            .filter(e -> e.isRegular() && e.size() <= cap && candidates.test(e))
            .toList();
    List<FileEntry> hits = new ArrayList<>();
    readEach(
        files,
        (e, in) -> {
          byte[] bytes = in.readNBytes((int) e.size());
          if (pattern.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
            hits.add(e);
          }
        });
    hits.sort(ORDER);
    return hits;
  }

  @Override
  public InputStream open(FileEntry e) throws IOException {
    return content.open(readable(e));
  }

  @Override
  public byte[] read(FileEntry e, int maxBytes) throws IOException {
    Node n = readable(e);
    if (e.size() > maxBytes) {
      throw new IOException(
          e.location() + ": " + e.size() + " bytes, larger than the " + maxBytes + " allowed");
    }
    try (InputStream in = content.open(n)) {
      return in.readNBytes((int) e.size());
    }
  }

  @Override
  public void readEach(Collection<FileEntry> files, ContentVisitor visitor) throws IOException {
    List<Node> nodes = new ArrayList<>(files.size());
    for (FileEntry e : files) {
      nodes.add(readable(e));
    }
    content.readEach(nodes, visitor);
  }

  private Node readable(FileEntry e) throws IOException {
    Node n = lookup.find(e);
    if (n == null || !n.entry().equals(e)) {
      throw new IOException(e.location() + ": not a file of this image");
    }
    if (!e.type().readable()) {
      String kind = e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      String why =
          switch (e.type()) {
            case CHAR_DEVICE, BLOCK_DEVICE, FIFO -> "device files and FIFOs are never read";
            case SYMLINK -> "resolve it with file() first";
            default -> "only regular files have content";
          };
      throw new IOException(e.location() + ": is a " + kind + "; " + why);
    }
    if (n.offset() < 0) {
      throw new IOException(e.location() + ": sparse tar entries cannot be read");
    }
    return n;
  }

  @Override
  public int size() {
    return sorted.size();
  }
}
