package dev.lashing.cli.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.Catalogers;
import dev.lashing.catalog.PackageIds;
import dev.lashing.cli.Main;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomCodecs;
import dev.lashing.sbom.SbomFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/** {@code lashing sbom} in-process: every format, output files, cataloger selection. */
class SbomCommandTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** With a test-only cataloger that reports one package per line of {@code /pkgs.txt}. */
  static Result runWithTestCataloger(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SbomCommand(() -> List.of(new LineCataloger())));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  Path rootfs() throws Exception {
    Path root = Files.createDirectories(dir.resolve("rootfs"));
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/os-release"), "ID=debian\nVERSION_ID=12\n");
    Files.writeString(root.resolve("pkgs.txt"), "zlib 1.3\nbusybox 1.36.1\n");
    return root;
  }

  @ParameterizedTest
  @EnumSource(SbomFormat.class)
  void everyFormatGoesToStdoutAlone(SbomFormat format) throws Exception {
    Result r = run("sbom", "--format", format.id(), "-o", "-", rootfs().toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isNotBlank();
    byte[] doc = r.out().getBytes(StandardCharsets.UTF_8);
    switch (format) {
      case CYCLONEDX_JSON ->
          assertThat(new JsonParser().validate(doc, Version.VERSION_16)).isEmpty();
      case CYCLONEDX_XML -> assertThat(new XmlParser().validate(doc, Version.VERSION_16)).isEmpty();
      case SPDX_JSON, SPDX_TV ->
          assertThat(SbomCodecs.read(doc, "stdout").subject().os()).isNotNull();
      case TABLE, JSON -> assertThat(r.out()).doesNotContain("lashing: ");
    }
  }

  @Test
  void writesAFileAtomicallyAndNothingToStdout() throws Exception {
    Path file = dir.resolve("out.cdx.json");
    Result r =
        runWithTestCataloger(
            "--format", "cyclonedx-json", "-o", file.toString(), rootfs().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    Sbom back = SbomCodecs.read(file);
    assertThat(back.packages()).extracting(Package::name).containsExactly("busybox", "zlib");
    assertThat(back.subject().os()).isNotNull();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("out.cdx.json.tmp");
    }
  }

  @Test
  void tableListsPackagesWithPurls() throws Exception {
    Result r = runWithTestCataloger(rootfs().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("NAME").contains("PURL");
    assertThat(r.out()).contains("busybox").contains("pkg:generic/zlib@1.3");
  }

  @Test
  void unknownCatalogerIsAUsageError() throws Exception {
    Result r = run("sbom", "--catalogers", "no-such-cataloger", rootfs().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-cataloger").doesNotContain("\tat ");
  }

  @Test
  void unknownFormatIsAUsageError() throws Exception {
    Result r = run("sbom", "--format", "pdf", rootfs().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("pdf").contains("cyclonedx-json");
  }

  @Test
  void missingTargetIsOneLineError() {
    Result r = run("sbom", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("lashing: error:").doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }

  /**
   * Files of the shared catalog pass are parsed on several threads (large ones) and on the reading
   * thread (small ones); the document must not depend on that timing.
   */
  @Test
  void repeatedScansGiveTheSameDocument() throws Exception {
    Path root = rootfs();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 12; i++) {
      Path lib = Files.createDirectories(root.resolve("opt/app" + (i % 3) + "/lib"));
      byte[] padding = new byte[(i % 2 == 0 ? 300 : 3) << 10];
      random.nextBytes(padding);
      Files.write(
          lib.resolve("lib" + i + "-1." + i + ".jar"), jar("org.example", "lib" + i, padding));
      Path pkg = Files.createDirectories(root.resolve("srv/node_modules/m" + i));
      Files.writeString(
          pkg.resolve("package.json"), "{\"name\":\"m" + i + "\",\"version\":\"1.0." + i + "\"}");
    }
    java.util.Set<String> documents = new java.util.HashSet<>();
    for (int i = 0; i < 3; i++) {
      Result r = run("sbom", "--format", "cyclonedx-json", "-o", "-", root.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("pkg:maven/org.example/lib11@1.11", "pkg:npm/m11@1.0.11");
      documents.add(
          r.out()
              .lines()
              .filter(l -> !l.contains("\"serialNumber\"") && !l.contains("\"timestamp\""))
              .collect(java.util.stream.Collectors.joining("\n")));
    }
    assertThat(documents).hasSize(1);
  }

  /** A jar with a {@code pom.properties} and a stored padding entry. */
  private static byte[] jar(String group, String artifact, byte[] padding) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(
          new java.util.zip.ZipEntry(
              "META-INF/maven/" + group + "/" + artifact + "/pom.properties"));
      String version = artifact.substring(3);
      zip.write(
          ("groupId=" + group + "\nartifactId=" + artifact + "\nversion=1." + version + "\n")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("padding.bin"));
      zip.write(padding);
    }
    return bytes.toByteArray();
  }

  @Test
  void realCatalogersFindDebianPackages() throws Exception {
    Assumptions.assumeTrue(
        Catalogers.defaults().stream().anyMatch(c -> c.name().contains("dpkg")),
        "no dpkg cataloger registered yet");
    Path root = rootfs();
    Files.createDirectories(root.resolve("var/lib/dpkg"));
    Files.writeString(
        root.resolve("var/lib/dpkg/status"),
        "Package: bash\nStatus: install ok installed\nArchitecture: amd64\nVersion: 5.2.15-2\n"
            + "Depends: libc6 (>= 2.36)\n\nPackage: libc6\nStatus: install ok installed\n"
            + "Architecture: amd64\nVersion: 2.36-9\n\n");
    Result r = run("sbom", "--format", "json", root.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"bash\"").contains("\"libc6\"");
  }

  /** One package per {@code name version} line of {@code /pkgs.txt}. */
  static final class LineCataloger implements Cataloger {
    @Override
    public String name() {
      return "line-cataloger";
    }

    @Override
    public Set<String> tags() {
      return Set.of("directory");
    }

    @Override
    public int version() {
      return 1;
    }

    @Override
    public dev.lashing.catalog.CatalogRun start(
        dev.lashing.image.fs.FileResolver files, dev.lashing.model.@Nullable OsInfo os) {
      return new dev.lashing.catalog.CatalogRun() {
        @Override
        public boolean wants(
            dev.lashing.image.fs.FileEntry file, java.util.function.Consumer<String> warnings) {
          return file.path().equals("/pkgs.txt") && file.size() <= 4096;
        }

        @Override
        public CatalogResult read(
            dev.lashing.image.fs.FileEntry file,
            byte[] content,
            java.util.function.Consumer<String> warnings) {
          String text = new String(content, StandardCharsets.UTF_8);
          List<Location> at = List.of(new Location("/pkgs.txt", null));
          return CatalogResult.of(
              text.lines()
                  .map(l -> l.split(" "))
                  .map(
                      nv ->
                          new Package(
                              PackageIds.of(PackageType.BINARY, nv[0], nv[1], at),
                              nv[0],
                              nv[1],
                              PackageType.BINARY,
                              "pkg:generic/" + nv[0] + "@" + nv[1],
                              null,
                              null,
                              null,
                              null,
                              List.of(),
                              null,
                              name(),
                              at,
                              Map.of()))
                  .toList());
        }

        @Override
        public CatalogResult finish(java.util.function.Consumer<String> warnings) {
          return CatalogResult.EMPTY;
        }
      };
    }
  }
}
