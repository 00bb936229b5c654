package dev.lashing.image.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.image.Image;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Limits;
import dev.lashing.image.archive.DockerArchiveSource;
import dev.lashing.image.archive.OciLayoutSource;
import dev.lashing.image.registry.RegistryServer;
import dev.lashing.image.registry.RegistrySource;
import dev.lashing.model.ImageRef;
import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the squashed view of the real Debian test image (scripts/build-test-images.sh) with what
 * {@code umoci unpack} writes to disk, for the OCI gzip, OCI zstd and docker-archive copies, and
 * for the image pushed with skopeo to a real registry and pulled back.
 */
class FileViewIT {
  private static final Path IMAGES =
      Path.of(
          System.getProperty(
              "lashing.test.images",
              System.getProperty("lashing.root", "..") + "/target/test-images"));

  @TempDir static Path tmp;
  private static Map<String, String> unpacked;

  @BeforeAll
  static void unpackWithUmoci() throws Exception {
    assumeTrue(
        Files.exists(IMAGES.resolve("COMPLETE")),
        "test images missing in " + IMAGES + ": run scripts/build-test-images.sh (as root)");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/umoci")), "umoci not installed; skipping");
    Path bundle = tmp.resolve("bundle");
    Process p =
        new ProcessBuilder(
                "umoci",
                "unpack",
                "--image",
                IMAGES.resolve("oci") + ":lashing-test",
                bundle.toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("umoci.log").toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("umoci.log"))).isZero();
    unpacked = walk(bundle.resolve("rootfs"));
  }

  /** path → "type size mode link" for every file umoci wrote, never following a link. */
  private static Map<String, String> walk(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        Map<String, Object> a =
            Files.readAttributes(p, "unix:mode,size", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) a.get("mode");
        String type =
            switch (mode & 0170000) {
              case 0100000 -> "REGULAR";
              case 0040000 -> "DIRECTORY";
              case 0120000 -> "SYMLINK";
              case 0020000 -> "CHAR_DEVICE";
              case 0060000 -> "BLOCK_DEVICE";
              case 0010000 -> "FIFO";
              default -> "OTHER";
            };
        long size = type.equals("REGULAR") ? (Long) a.get("size") : 0;
        String link = type.equals("SYMLINK") ? Files.readSymbolicLink(p).toString() : "";
        String rel = root.relativize(p).toString();
        out.put(rel.isEmpty() ? "/" : "/" + rel, describe(type, size, mode & 07777, link));
      }
    }
    return out;
  }

  private static String describe(String type, long size, int mode, String link) {
    return type + " " + size + " " + Integer.toOctalString(mode) + " " + link;
  }

  private static Map<String, String> squashed(FileResolver fs) {
    Map<String, String> out = new TreeMap<>();
    fs.entries()
        .forEach(
            e -> {
              // umoci writes a hard link as a second name of the same regular file
              String type = e.type() == FileType.HARDLINK ? "REGULAR" : e.type().name();
              String link = e.type() == FileType.SYMLINK ? e.linkTarget() : "";
              out.put(e.path(), describe(type, e.size(), e.mode(), link));
            });
    return out;
  }

  private static void compare(Image image) throws Exception {
    try (image) {
      ImageFiles files = FileViews.index(image, Limits.DEFAULTS);
      FileResolver fs = files.squashed();
      Map<String, String> ours = squashed(fs);
      List<String> diff = new ArrayList<>();
      for (String p : unpacked.keySet()) {
        if (!unpacked.get(p).equals(ours.get(p))) {
          diff.add(p + ": umoci " + unpacked.get(p) + " / lashing " + ours.get(p));
        }
      }
      for (String p : ours.keySet()) {
        if (!unpacked.containsKey(p)) {
          diff.add(p + ": only in lashing " + ours.get(p));
        }
      }
      // the root's own mode is umoci's choice (0700 bundle rootfs), not the image's
      diff.removeIf(d -> d.startsWith("/: "));
      assertThat(diff).as("differences to umoci unpack").isEmpty();
      assertThat(ours.size()).isGreaterThan(5000);

      assertThat(fs.entry("/etc/issue.net")).as("deleted by the whiteout layer").isEmpty();
      assertThat(files.layer(0).entry("/etc/issue.net")).isPresent();
      assertThat(files.layerStats()).hasSize(3);
      assertThat(fs.glob("/opt/app/lib/*.jar")).hasSize(4);
      assertThat(fs.glob("**/node_modules/lodash/package.json")).hasSize(1);
      FileEntry status = fs.file("/var/lib/dpkg/status").orElseThrow();
      assertThat(new String(fs.read(status, 4 << 20))).contains("Package: python3-requests");
      OsInfo os = OsDetection.detect(fs).orElseThrow();
      assertThat(os.id()).isEqualTo("debian");
      assertThat(os.versionCodename()).isEqualTo("bookworm");
    }
  }

  @Test
  void registryPullMatchesUmociUnpack() throws Exception {
    assumeTrue(
        RegistryServer.available(),
        "docker-registry not installed: apt-get install docker-registry skopeo");
    try (RegistryServer server =
        RegistryServer.start(Files.createDirectories(tmp.resolve("registry")), null, null)) {
      String ref = server.authority() + "/lashing/test:1";
      RegistryServer.run(
          tmp,
          RegistryServer.skopeo(
              "copy",
              "--dest-tls-verify=false",
              "oci:" + IMAGES.resolve("oci") + ":lashing-test",
              "docker://" + ref));
      ImageOptions insecure =
          new ImageOptions(
              null, true, null, null, null, tmp, Duration.ofSeconds(60), 3, Limits.DEFAULTS);
      compare(RegistrySource.open(ImageRef.parse(ref), insecure));
    }
  }

  @Test
  void ociGzipMatchesUmociUnpack() throws Exception {
    compare(OciLayoutSource.open(IMAGES.resolve("oci"), "lashing-test", ImageOptions.defaults()));
  }

  @Test
  void ociZstdMatchesUmociUnpack() throws Exception {
    compare(
        OciLayoutSource.open(IMAGES.resolve("oci-zstd"), "lashing-test", ImageOptions.defaults()));
  }

  @Test
  void dockerArchiveMatchesUmociUnpack() throws Exception {
    compare(
        DockerArchiveSource.open(
            IMAGES.resolve("lashing-test-docker.tar"), null, ImageOptions.defaults()));
  }
}
