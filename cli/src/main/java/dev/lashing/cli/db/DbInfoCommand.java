package dev.lashing.cli.db;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.report.OutputTarget;
import dev.lashing.vulndb.SourceInfo;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.store.LocalStore;
import dev.lashing.vulndb.store.StoreInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lashing db info}: schema version, path, size and per-source state of the database. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description =
        "Show the database's path, schema version, size, and per source its URL, last fetch and record count.")
public final class DbInfoCommand implements Callable<Integer> {

  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Mixin DbOptions db = new DbOptions();

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Override
  public Integer call() throws VulnDataException, IOException {
    StoreInfo info = LocalStore.info(db.path());
    OutputTarget.of(null, spec.commandLine().getOut())
        .write(
            out -> {
              switch (format) {
                case table -> table(info, out);
                case json -> json(info, out);
              }
            });
    return 0;
  }

  private static void table(StoreInfo info, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("Database:       ").append(info.path()).append('\n');
    b.append("Schema version: ").append(info.schemaVersion()).append('\n');
    b.append("Size:           ").append(String.format("%,d bytes", info.sizeBytes())).append('\n');
    b.append("Advisories:     ")
        .append(String.format("%,d (%,d withdrawn)", info.advisories(), info.withdrawn()))
        .append('\n');
    b.append("KEV entries:    ").append(String.format("%,d", info.kev())).append('\n');
    b.append("EPSS scores:    ").append(String.format("%,d", info.epss())).append("\n\n");
    int width = 6;
    for (SourceInfo s : info.sources()) {
      width = Math.max(width, s.name().length());
    }
    String row = "%-" + width + "s  %-20s  %10s  %s%n";
    b.append(String.format(row, "SOURCE", "FETCHED (UTC)", "RECORDS", "URL"));
    for (SourceInfo s : info.sources()) {
      b.append(
          String.format(
              row,
              s.name(),
              s.fetchedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
              String.format("%,d", s.records()),
              s.url()));
    }
    out.write(b.toString());
  }

  private static void json(StoreInfo info, Writer out) throws IOException {
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("path", info.path().toString());
      g.writeNumberField("schemaVersion", info.schemaVersion());
      g.writeNumberField("sizeBytes", info.sizeBytes());
      g.writeNumberField("advisories", info.advisories());
      g.writeNumberField("withdrawn", info.withdrawn());
      g.writeNumberField("kev", info.kev());
      g.writeNumberField("epss", info.epss());
      g.writeArrayFieldStart("sources");
      for (SourceInfo s : info.sources()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("url", s.url());
        g.writeStringField("fetchedAt", s.fetchedAt().toString());
        g.writeNumberField("records", s.records());
        g.writeStringField("etag", s.etag());
        g.writeStringField("lastModified", s.lastModified());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }
}
