package dev.lashing.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.lashing.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lashing db} in-process. */
class DbCommandTest {

  /** GO-2020-0001 from golang/vulndb (CC-BY-4.0), shortened to the fields the test needs. */
  static final String GO_2020_0001 =
      """
      {"schema_version":"1.3.1","id":"GO-2020-0001","modified":"0001-01-01T00:00:00Z",
       "published":"2021-04-14T20:04:52Z","aliases":["CVE-2020-36567","GHSA-6vm3-jj99-7229"],
       "summary":"Arbitrary log line injection in github.com/gin-gonic/gin",
       "affected":[{"package":{"name":"github.com/gin-gonic/gin","ecosystem":"Go"},
         "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.6.0"}]}]}]}
      """;

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private Path record() throws Exception {
    Path f = dir.resolve("osv/GO-2020-0001.json");
    Files.createDirectories(f.getParent());
    Files.writeString(f, GO_2020_0001);
    return f;
  }

  @Test
  void importInfoExportAndImportTheExport() throws Exception {
    Path db = dir.resolve("db/vuln.db");
    Path osv = record();
    Files.writeString(
        osv.resolveSibling("BAD-1.json"), "{\"id\": \"GO-2099-0001\", \"modified\": 3}");
    Result imported = run("db", "import", "--db", db.toString(), osv.getParent().toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.out()).contains("1 records imported, 1 skipped");
    assertThat(imported.err())
        .contains("BAD-1.json: GO-2099-0001: not valid OSV: $.modified: integer found");

    Result table = run("db", "info", "--db", db.toString());
    assertThat(table.code()).isZero();
    assertThat(table.out())
        .contains("Schema version: 1")
        .contains("Advisories:     1 (0 withdrawn)")
        .containsPattern("osv-go +\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z +1 +file:/");

    JsonNode json =
        new ObjectMapper()
            .readTree(run("db", "info", "--db", db.toString(), "--format", "json").out());
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("sources").get(0).path("name").asText()).isEqualTo("osv-go");
    assertThat(json.path("sources").get(0).path("records").asLong()).isEqualTo(1);

    Path copy = dir.resolve("carry.db");
    assertThat(run("db", "export", "--db", db.toString(), copy.toString()).code()).isZero();
    Path other = dir.resolve("other.db");
    Result installed = run("db", "import", "--db", other.toString(), copy.toString());
    assertThat(installed.code()).isZero();
    assertThat(installed.out()).contains("replaced by " + copy);
    assertThat(run("db", "info", "--db", other.toString()).out()).contains("osv-go");
  }

  @Test
  void errorsAreOneLineWithExitTwo() throws Exception {
    Result missing = run("db", "info", "--db", dir.resolve("none.db").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip())
        .startsWith("lashing: error: ")
        .contains("none.db: no vulnerability database here")
        .doesNotContain("\n");
    Path junk = dir.resolve("junk.csv");
    Files.writeString(junk, "x");
    Result unknown = run("db", "import", "--db", dir.resolve("v.db").toString(), junk.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("junk.csv: cannot tell which source this file belongs to");
    Result badSource =
        run("db", "update", "--db", dir.resolve("v.db").toString(), "--source", "nope");
    assertThat(badSource.code()).isEqualTo(2);
    assertThat(badSource.err()).contains("unknown source 'nope'; known sources: osv-debian");
  }

  @Test
  void updateFromAMirrorThenNotModified() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("GO-2020-0001.json"));
      z.write(GO_2020_0001.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/Go/all.zip",
        x -> {
          try (x) {
            x.getResponseHeaders().set("ETag", "\"go1\"");
            if ("\"go1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
              x.sendResponseHeaders(304, -1);
              return;
            }
            x.sendResponseHeaders(200, zip.size());
            x.getResponseBody().write(zip.toByteArray());
          }
        });
    server.start();
    try {
      String mirror = "http://127.0.0.1:" + server.getAddress().getPort();
      String db = dir.resolve("v.db").toString();
      Result first = run("db", "update", "--db", db, "--source", "osv-go", "--mirror", mirror);
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).contains("1 sources updated, 0 not modified, 0 failed");
      assertThat(first.err()).contains("osv-go/all: 1 written");
      Result second = run("db", "update", "--db", db, "--source", "osv-go", "--mirror", mirror);
      assertThat(second.out()).contains("0 sources updated, 1 not modified");
    } finally {
      server.stop(0);
    }
  }
}
