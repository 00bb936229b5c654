package dev.lashing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.Limits;
import dev.lashing.image.fs.ContentVisitor;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.rootfs.RootfsSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Catalog#run} reads the files of every cataloger in one batched pass ({@link
 * FileResolver#readEach} once, never a single-file read), and finds what each cataloger finds on
 * its own with the files of OS packages hidden from the others. The view is one root filesystem
 * made of several ecosystems' fixtures (dpkg database with file lists, jars, Go binaries, Python
 * and npm packages).
 */
class SharedPassTest {
  @TempDir static Path root;

  @BeforeAll
  static void mergeFixtures() throws IOException {
    for (String f :
        List.of(
            "dpkg/with-info",
            "java",
            "golang",
            "python",
            "npm/usr",
            "npm/app-v3",
            "rust",
            "ruby",
            "php/v2",
            "dotnet")) {
      Path from = CatalogFixtures.resource("catalog/" + f);
      try (Stream<Path> s = Files.walk(from)) {
        for (Path p : s.toList()) {
          Path to = root.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else if (Files.isRegularFile(p) && !Files.exists(to)) {
            Files.copy(p, to);
            if (Files.isExecutable(p)) {
              to.toFile().setExecutable(true);
            }
          }
        }
      }
    }
  }

  @Test
  void everyCatalogerIsServedByOneReadPass() throws Exception {
    FileResolver view = FileViews.index(RootfsSource.open(root), Limits.DEFAULTS).squashed();
    Counting counting = new Counting(view);
    List<String> warnings = new ArrayList<>();
    AtomicInteger planned = new AtomicInteger();
    Set<String> reported = ConcurrentHashMap.newKeySet();
    CatalogResult all =
        Catalog.run(
            counting,
            null,
            Catalogers.defaults(),
            warnings::add,
            new CatalogProgress() {
              @Override
              public void planned(int files, long bytes) {
                planned.set(files);
              }

              @Override
              public void read(FileEntry file) {
                reported.add(file.path());
              }
            });

    assertThat(counting.batches.get()).isEqualTo(1);
    assertThat(counting.singleReads.get()).isZero();
    assertThat(counting.batchFiles).hasSize(planned.get()).containsAll(reported);
    assertThat(reported).hasSize(planned.get());
    // each file once, however many catalogers want it (Go and Rust both look at executables)
    assertThat(counting.batchFiles.stream().distinct()).hasSameSizeAs(counting.batchFiles);

    assertThat(all.packages())
        .extracting(p -> p.type().name())
        .contains("DEB", "MAVEN", "GO_MODULE", "CARGO", "PYPI", "NPM");
    assertThat(all).isEqualTo(oneByOne(view));
  }

  /** The catalogers one at a time, OS ones first, as catalog() runs them. */
  private static CatalogResult oneByOne(FileResolver view) throws IOException {
    List<CatalogResult> results = new ArrayList<>();
    Set<String> owned = new HashSet<>();
    for (Cataloger c : Catalogers.defaults()) {
      if (c.tags().contains("os")) {
        CatalogResult r = c.catalog(new CatalogContext(view, null, Set.of(), w -> {}));
        results.add(r);
        owned.addAll(r.ownedPaths());
      }
    }
    for (Cataloger c : Catalogers.defaults()) {
      if (!c.tags().contains("os")) {
        results.add(c.catalog(new CatalogContext(view, null, owned, w -> {})));
      }
    }
    return Catalog.merge(results);
  }

  /** A view that counts how its content is read. */
  private static final class Counting implements FileResolver {
    private final FileResolver view;
    final AtomicInteger batches = new AtomicInteger();
    final AtomicInteger singleReads = new AtomicInteger();
    final List<String> batchFiles = new ArrayList<>();

    Counting(FileResolver view) {
      this.view = view;
    }

    @Override
    public Optional<FileEntry> file(String path) {
      return view.file(path);
    }

    @Override
    public Optional<FileEntry> entry(String path) {
      return view.entry(path);
    }

    @Override
    public Stream<FileEntry> entries() {
      return view.entries();
    }

    @Override
    public List<FileEntry> glob(String pattern) {
      return view.glob(pattern);
    }

    @Override
    public List<FileEntry> containing(
        Predicate<FileEntry> candidates, Pattern content, long maxFileBytes) throws IOException {
      singleReads.incrementAndGet();
      return view.containing(candidates, content, maxFileBytes);
    }

    @Override
    public InputStream open(FileEntry e) throws IOException {
      singleReads.incrementAndGet();
      return view.open(e);
    }

    @Override
    public byte[] read(FileEntry e, int maxBytes) throws IOException {
      singleReads.incrementAndGet();
      return view.read(e, maxBytes);
    }

    @Override
    public void readEach(Collection<FileEntry> files, ContentVisitor visitor) throws IOException {
      batches.incrementAndGet();
      files.forEach(f -> batchFiles.add(f.path()));
      view.readEach(files, visitor);
    }

    @Override
    public int size() {
      return view.size();
    }
  }
}
