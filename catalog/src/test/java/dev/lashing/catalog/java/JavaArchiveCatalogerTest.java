package dev.lashing.catalog.java;

import static dev.lashing.catalog.java.JarFixtures.pom;
import static dev.lashing.catalog.java.JarFixtures.pomPath;
import static dev.lashing.catalog.java.JarFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogFixtures;
import dev.lashing.catalog.CatalogFixtures.Run;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaArchiveCatalogerTest {
  @TempDir Path dir;

  @Test
  void realArchivesFromTrivy() throws Exception {
    Run run =
        CatalogFixtures.run(JavaCatalogers.archives(), CatalogFixtures.resource("catalog/java"));
    assertThat(run.warnings()).isEmpty();
    assertThat(run.purls())
        .contains(
            // nested.jar → META-INF/jars/nested2.jar → META-INF/jars/nested3.jar
            "pkg:maven/test/nested@0.0.1",
            "pkg:maven/test/nested2@0.0.2",
            "pkg:maven/test/nested3@0.0.3",
            // shaded: five pom.properties, the file names hadoop-shaded-guava
            "pkg:maven/org.apache.hadoop.thirdparty/hadoop-shaded-guava@1.1.0-SNAPSHOT",
            "pkg:maven/com.google.guava/guava@29.0-jre",
            "pkg:maven/com.google.guava/failureaccess@1.0.1",
            "pkg:maven/com.google.j2objc/j2objc-annotations@1.3",
            "pkg:maven/com.google.guava/listenablefuture@9999.0-empty-to-avoid-conflict-with-guava",
            // manifest-only: Implementation-Version with the file's name
            "pkg:maven/org.springframework/spring-core@2.5.6.SEC03",
            // par holding lib/jackson-core-2.9.10.jar
            "pkg:maven/com.example/par-app@3.0.0",
            "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.9.10",
            "pkg:maven/heuristic/heuristic@1.0.0-SNAPSHOT");
    assertThat(run.packages()).hasSize(12);
    Package guava = run.named("hadoop-shaded-guava");
    assertThat(guava.metadata()).containsKey("sha1");
    assertThat(guava.locations().getFirst().path())
        .isEqualTo("/usr/share/java/hadoop-shaded-guava-1.1.0-SNAPSHOT.jar");
    assertThat(run.result().relationships())
        .contains(
            new Relationship(guava.id(), run.named("guava").id(), Relationship.Kind.CONTAINS));
    Package nested3 = run.named("nested3");
    assertThat(nested3.locations().getFirst().path())
        .isEqualTo(
            "/usr/share/java/nested.jar!/META-INF/jars/nested2.jar!/META-INF/jars/nested3.jar");
    assertThat(run.result().relationships())
        .contains(
            new Relationship(run.named("nested2").id(), nested3.id(), Relationship.Kind.CONTAINS));
  }

  @Test
  void springBootAndWarLibraries() throws Exception {
    byte[] lib =
        zip(Map.of(pomPath("org.slf4j", "slf4j-api"), pom("org.slf4j", "slf4j-api", "2.0.9")));
    byte[] manifestOnly =
        zip(
            Map.of(
                "META-INF/MANIFEST.MF",
                ("Manifest-Version: 1.0\nBundle-SymbolicName: org.yaml.snakeyaml\n"
                        + "Bundle-Version: 2.2\nBundle-License: Apache-2.0\n")
                    .getBytes()));
    Map<String, byte[]> boot = new LinkedHashMap<>();
    boot.put(pomPath("com.acme", "app"), pom("com.acme", "app", "1.0"));
    boot.put("BOOT-INF/lib/slf4j-api-2.0.9.jar", lib);
    boot.put("BOOT-INF/lib/snakeyaml.jar", manifestOnly);
    Files.createDirectories(dir.resolve("app"));
    Files.write(dir.resolve("app/app.jar"), zip(boot));
    Files.write(dir.resolve("app/ROOT.war"), zip(Map.of("WEB-INF/lib/slf4j-api-2.0.9.jar", lib)));

    Run run = CatalogFixtures.run(JavaCatalogers.archives(), dir);

    assertThat(run.warnings()).isEmpty();
    assertThat(run.purls())
        .containsExactly(
            "pkg:maven/com.acme/app@1.0",
            "pkg:maven/org.slf4j/slf4j-api@2.0.9",
            "pkg:maven/org.slf4j/slf4j-api@2.0.9",
            "pkg:maven/org.yaml/snakeyaml@2.2");
    assertThat(run.named("snakeyaml").licenses()).containsExactly("Apache-2.0");
    assertThat(run.result().relationships()).hasSize(2);
  }

  @Test
  void zipBombsCorruptFilesAndDeepNestingBecomeWarnings() throws Exception {
    byte[] zeros = new byte[1 << 20];
    Map<String, byte[]> bomb = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      bomb.put("data/" + i, zeros);
    }
    ArchiveLimits small = new ArchiveLimits(1 << 20, 1000, 16L << 20, 2, 1 << 16);
    JarParser parser = new JarParser(small, "test");
    Files.write(dir.resolve("bomb.jar"), zip(bomb));
    byte[] deep = zip(Map.of(pomPath("d", "d5"), pom("d", "d5", "5")));
    for (int i = 4; i >= 0; i--) {
      deep = zip(Map.of(pomPath("d", "d" + i), pom("d", "d" + i, "" + i), "x.jar", deep));
    }
    Files.write(dir.resolve("deep.jar"), deep);
    Files.write(dir.resolve("corrupt.jar"), "PK\u0003\u0004 not really".getBytes());

    var bombWarn = new java.util.ArrayList<String>();
    var cataloger =
        new dev.lashing.catalog.FileCataloger(
            "t", Set.of(), 1, JavaCatalogers::isArchive, 1 << 24, parser::parse);
    Run run = CatalogFixtures.run(cataloger, dir);
    bombWarn.addAll(run.warnings());

    assertThat(bombWarn)
        .anySatisfy(w -> assertThat(w).startsWith("/bomb.jar: ").contains("zip bomb"))
        .anySatisfy(w -> assertThat(w).startsWith("/corrupt.jar: "));
    // depth 0, 1, 2 are read; deeper archives are not opened
    assertThat(run.purls())
        .containsExactly("pkg:maven/d/d0@0", "pkg:maven/d/d1@1", "pkg:maven/d/d2@2");
  }

  @Test
  void skipsOsOwnedArchives() throws Exception {
    Files.write(dir.resolve("x-1.0.jar"), zip(Map.of(pomPath("g", "x"), pom("g", "x", "1.0"))));
    Run run = CatalogFixtures.run(JavaCatalogers.archives(), dir, Set.of("/x-1.0.jar"));
    assertThat(run.packages()).isEmpty();
  }
}
