package dev.lashing.vulndb.osv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.vulndb.RecordSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads OSV records — one JSON or YAML file, or a zip of them — validates each against the schema
 * and writes the valid ones to a sink. A record that cannot be used is skipped with one warning
 * naming the file (zip entry) and the record id; the rest go on. Reads are bounded: a record file
 * over {@link #MAX_RECORD} bytes is skipped.
 */
final class OsvReader {

  /** The largest record file read (the biggest real OSV records are a few hundred KiB). */
  static final int MAX_RECORD = 16 * 1024 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
              .build());
  private static final ObjectMapper YAML = yaml();

  private OsvReader() {}

  private static ObjectMapper yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setCodePointLimit(MAX_RECORD);
    return new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
  }

  /** True for a zip's local file header at the start of the stream (peeks, does not consume). */
  static boolean isZip(BufferedInputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /**
   * Reads a zip of records ({@code all.zip}).
   *
   * @param label the zip's name for warnings
   * @param source the store source for each record (by its JSON tree)
   */
  static void readZip(
      InputStream raw, String label, Function<JsonNode, String> source, RecordSink sink)
      throws IOException {
    try (ZipInputStream zip = new ZipInputStream(raw)) {
      ZipEntry e;
      while ((e = nextEntry(zip, label)) != null) {
        String name = e.getName();
        if (e.isDirectory() || !isRecordName(name)) {
          continue;
        }
        readRecord(zip, label + "!" + name, isYaml(name), source, sink);
      }
    }
  }

  private static ZipEntry nextEntry(ZipInputStream zip, String label) throws IOException {
    try {
      return zip.getNextEntry();
    } catch (ZipException e) {
      throw new IOException(label + ": not a valid zip archive (" + e.getMessage() + ")", e);
    }
  }

  static boolean isRecordName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || isYaml(n);
  }

  static boolean isYaml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** Reads one record file from {@code in} (not closed), bounded. */
  static void readRecord(
      InputStream in,
      String label,
      boolean yaml,
      Function<JsonNode, String> source,
      RecordSink sink)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_RECORD + 1);
    if (bytes.length > MAX_RECORD) {
      sink.warning(label + ": skipped, larger than " + MAX_RECORD + " bytes");
      return;
    }
    JsonNode node;
    try {
      node = (yaml ? YAML : JSON).readTree(bytes);
    } catch (IOException | RuntimeException e) {
      sink.warning(label + ": not " + (yaml ? "YAML" : "JSON") + ": " + firstLine(e.getMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.warning(label + ": not an OSV record (not a JSON object)");
      return;
    }
    String id = node.path("id").asText("?");
    List<String> errors = OsvSchema.violations(node, 2);
    if (!errors.isEmpty()) {
      sink.warning(label + ": " + id + ": not valid OSV: " + String.join("; ", errors));
      return;
    }
    Advisory advisory;
    try {
      advisory = OsvMapper.map(node, source.apply(node));
    } catch (IllegalArgumentException e) {
      sink.warning(label + ": " + id + ": " + firstLine(e.getMessage()));
      return;
    }
    sink.advisory(advisory);
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "unreadable";
    }
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
