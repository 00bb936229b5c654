package dev.lashing.image.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.Limits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SymlinkTest {

  private static String text(FileResolver fs, String path) throws Exception {
    return new String(fs.read(fs.file(path).orElseThrow(), 1000), StandardCharsets.UTF_8);
  }

  /** One layer per step of stereoscope's image-symlinks Dockerfile (WORKDIR is /). */
  @Test
  void stereoscopeImageSymlinks() throws Exception {
    byte[] file1 = Fixtures.bytes("stereoscope-image-symlinks/file-1.txt");
    byte[] file2 = Fixtures.bytes("stereoscope-image-symlinks/file-2.txt");
    byte[] newFile2 = Fixtures.bytes("stereoscope-image-symlinks/new-file-2.txt");
    MemoryImage img =
        MemoryImage.of(
            true,
            new TarBuilder().file("file-1.txt", file1, 0644).build(),
            new TarBuilder().symlink("link-1", "./file-1.txt").build(),
            new TarBuilder().symlink("link-2", "./file-2.txt").build(),
            new TarBuilder().file("file-2.txt", file2, 0644).build(),
            new TarBuilder()
                .file("file-3.txt", "file 3\n")
                .symlink("link-within", "./file-3.txt")
                .build(),
            new TarBuilder().symlink("link-indirect", "./link-2").build(),
            new TarBuilder().file("file-2.txt", newFile2, 0644).build(),
            new TarBuilder().whiteout(".wh.link-2").build());
    ImageFiles files = FileViews.index(img, Limits.DEFAULTS);
    FileResolver fs = files.squashed();
    assertThat(text(fs, "/link-1")).isEqualTo("file 1!");
    assertThat(text(fs, "/link-within")).isEqualTo("file 3\n");
    assertThat(fs.entry("/link-indirect").orElseThrow().linkTarget()).isEqualTo("./link-2");
    assertThat(fs.file("/link-indirect")).isEmpty(); // dead: link-2 was unlinked
    assertThat(text(fs, "/file-2.txt")).isEqualTo("NEW file override!");
    // per layer: link-2 alone dangles (its target comes later)
    assertThat(files.layer(2).entry("/link-2")).isPresent();
    assertThat(files.layer(2).file("/link-2")).isEmpty();
    // all layers: link-indirect resolves through the (since deleted) link-2 to the newest file-2
    assertThat(text(files.allLayers(), "/link-indirect")).isEqualTo("NEW file override!");
  }

  private static FileResolver hostileLinks() throws Exception {
    byte[] tar =
        new TarBuilder()
            .file("etc/passwd", "root:x:0:0::/root:/bin/sh\n")
            .dir("usr/lib")
            .file("usr/lib/libc.so", "ELF")
            .symlink("lib", "usr/lib")
            .symlink("escape", "../../../../etc/passwd")
            .symlink("abs", "/etc/passwd")
            .symlink("usr/lib/up", "../../../..")
            .symlink("loop-a", "loop-b")
            .symlink("loop-b", "loop-a")
            .symlink("empty", "")
            .build();
    return FileViews.index(MemoryImage.of(false, tar), Limits.DEFAULTS).squashed();
  }

  @Test
  void resolutionIsConfinedToTheRoot() throws Exception {
    FileResolver fs = hostileLinks();
    assertThat(fs.file("/escape").orElseThrow().path()).isEqualTo("/etc/passwd");
    assertThat(text(fs, "/escape")).startsWith("root:");
    assertThat(fs.file("/abs").orElseThrow().path()).isEqualTo("/etc/passwd");
    assertThat(fs.file("/usr/lib/up").orElseThrow().path()).isEqualTo("/");
    assertThat(fs.file("/usr/lib/up/etc/passwd").orElseThrow().path()).isEqualTo("/etc/passwd");
    assertThat(fs.file("/../../etc/passwd").orElseThrow().path()).isEqualTo("/etc/passwd");
  }

  @Test
  void followsIntermediateComponentsButNotTheLastForEntry() throws Exception {
    FileResolver fs = hostileLinks();
    assertThat(fs.file("/lib/libc.so").orElseThrow().path()).isEqualTo("/usr/lib/libc.so");
    assertThat(fs.entry("/lib/libc.so").orElseThrow().path()).isEqualTo("/usr/lib/libc.so");
    assertThat(fs.entry("/lib").orElseThrow().type()).isEqualTo(FileType.SYMLINK);
    assertThat(fs.file("/lib").orElseThrow().path()).isEqualTo("/usr/lib");
    // .. after a symlinked directory is taken from the link's target, as the kernel does
    assertThat(fs.file("/lib/../lib/libc.so").orElseThrow().path()).isEqualTo("/usr/lib/libc.so");
    assertThat(fs.file("/etc/passwd/x")).isEmpty();
    assertThat(fs.file("/nope")).isEmpty();
  }

  @Test
  void loopsAndEmptyTargetsResolveToNothing() throws Exception {
    FileResolver fs = hostileLinks();
    assertThat(fs.file("/loop-a")).isEmpty();
    assertThat(fs.entry("/loop-a")).isPresent();
    assertThat(fs.file("/empty")).isEmpty();
  }

  @Test
  void chainsUpToFortyLinksResolve() throws Exception {
    TarBuilder forty = new TarBuilder().file("target", "t");
    forty.symlink("l40", "target");
    for (int i = 39; i >= 0; i--) {
      forty.symlink("l" + i, "l" + (i + 1));
    }
    FileResolver fs =
        FileViews.index(MemoryImage.of(false, forty.build()), Limits.DEFAULTS).squashed();
    assertThat(fs.file("/l1").orElseThrow().path()).isEqualTo("/target"); // 40 links
    assertThat(fs.file("/l0")).isEmpty(); // 41 links
  }
}
