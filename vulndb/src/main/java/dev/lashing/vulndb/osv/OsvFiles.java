package dev.lashing.vulndb.osv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.vulndb.RecordSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * OSV records on disk for {@code lashing db import}: a directory (searched recursively for {@code
 * *.json}, {@code *.yaml}, {@code *.yml}), a zip such as a downloaded {@code all.zip}, or one
 * record file. Without a source name each record goes to the source of its first affected package's
 * ecosystem ({@code osv-go}, {@code osv-pypi}, ...; {@code osv} when it names none), the same
 * source an update of that ecosystem's export would use.
 */
public final class OsvFiles {

  private OsvFiles() {}

  /**
   * Reads every OSV record under {@code path}.
   *
   * @param source the store source for every record, or null to route by ecosystem
   * @return the number of record files (zip entries included) looked at
   */
  public static long read(Path path, @Nullable String source, RecordSink sink) throws IOException {
    Function<JsonNode, String> route = source != null ? r -> source : OsvFiles::route;
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> OsvReader.isRecordName(p.getFileName().toString()) || isZip(p))
            .sorted()
            .forEach(files::add);
      }
      long n = 0;
      // Record files are parsed, validated and mapped in parallel (pure work), in chunks, and
      // handed to the sink in file order from this thread; zips stream straight to the sink.
      for (int i = 0; i < files.size(); ) {
        if (isZip(files.get(i))) {
          n += readFile(files.get(i++), route, sink);
          continue;
        }
        int end = i;
        while (end < files.size() && end - i < CHUNK && !isZip(files.get(end))) {
          end++;
        }
        List<Buffer> done =
            files.subList(i, end).parallelStream().map(f -> Buffer.of(f, route)).toList();
        for (Buffer b : done) {
          n += b.replay(sink);
        }
        i = end;
      }
      return n;
    }
    return readFile(path, route, sink);
  }

  private static final int CHUNK = 512;

  /** What reading one record file produced, kept until it is its turn to reach the sink. */
  private static final class Buffer implements RecordSink {
    private final List<Object> events = new ArrayList<>(1);
    private @Nullable IOException failure;

    static Buffer of(Path file, Function<JsonNode, String> route) {
      Buffer b = new Buffer();
      try {
        readFile(file, route, b);
      } catch (IOException e) {
        b.failure = e;
      }
      return b;
    }

    long replay(RecordSink sink) throws IOException {
      if (failure != null) {
        throw failure;
      }
      for (Object e : events) {
        if (e instanceof dev.lashing.model.vuln.Advisory a) {
          sink.advisory(a);
        } else {
          sink.warning((String) e);
        }
      }
      return 1;
    }

    @Override
    public void advisory(dev.lashing.model.vuln.Advisory advisory) {
      events.add(advisory);
    }

    @Override
    public void kev(dev.lashing.model.vuln.Kev kev) {
      throw new IllegalStateException("OSV records carry no KEV entries");
    }

    @Override
    public void epss(dev.lashing.model.vuln.Epss epss) {
      throw new IllegalStateException("OSV records carry no EPSS scores");
    }

    @Override
    public void warning(String message) {
      events.add(message);
    }
  }

  private static long readFile(Path file, Function<JsonNode, String> route, RecordSink sink)
      throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
      if (OsvReader.isZip(in)) {
        long[] count = {0};
        RecordSink counting = counting(sink, count);
        OsvReader.readZip(in, file.toString(), route, counting);
        return count[0];
      }
      OsvReader.readRecord(in, file.toString(), OsvReader.isYaml(file.toString()), route, sink);
      return 1;
    }
  }

  private static RecordSink counting(RecordSink sink, long[] count) {
    return new RecordSink() {
      @Override
      public void advisory(dev.lashing.model.vuln.Advisory advisory) {
        count[0]++;
        sink.advisory(advisory);
      }

      @Override
      public void kev(dev.lashing.model.vuln.Kev kev) {
        sink.kev(kev);
      }

      @Override
      public void epss(dev.lashing.model.vuln.Epss epss) {
        sink.epss(epss);
      }

      @Override
      public void warning(String message) {
        count[0]++;
        sink.warning(message);
      }
    };
  }

  private static boolean isZip(Path p) {
    return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
  }

  /** The source a record belongs to by its first affected package's ecosystem. */
  static String route(JsonNode record) {
    for (JsonNode a : record.path("affected")) {
      String eco = a.path("package").path("ecosystem").asText("");
      if (!eco.isBlank()) {
        return OsvSources.sourceName(eco);
      }
    }
    return "osv";
  }

  /**
   * True when the file looks like OSV data: a zip, a directory, a YAML file, or a JSON object whose
   * first kilobytes have {@code "id"} and {@code "modified"} keys.
   */
  public static boolean looksLikeOsv(Path path) throws IOException {
    if (Files.isDirectory(path) || isZip(path) || OsvReader.isYaml(path.toString())) {
      return true;
    }
    try (InputStream in = Files.newInputStream(path)) {
      String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
      return head.stripLeading().startsWith("{")
          && head.contains("\"id\"")
          && head.contains("\"modified\"");
    }
  }

  /** The last path segment of where the bytes came from, for warnings. */
  static String label(URI from) {
    String p = from.getPath();
    if (p == null || p.isEmpty()) {
      return from.toString();
    }
    if ("file".equals(from.getScheme())) {
      return p;
    }
    return p.startsWith("/") ? p.substring(1) : p;
  }
}
