package dev.lashing.vulndb.epss;

import dev.lashing.model.vuln.Epss;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.support.FeedJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/** Reads the EPSS CSV line by line; lines are capped so a hostile file cannot exhaust memory. */
final class EpssSource implements VulnSource {

  private static final int MAX_LINE = 4096;
  private static final Pattern SCORE_DATE =
      Pattern.compile("score_date:(\\d{4}-\\d{2}-\\d{2})(?:T[0-9:.+\\-Z]*)?");
  private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");

  private final List<Feed> feeds;

  EpssSource(List<Feed> feeds) {
    this.feeds = List.copyOf(feeds);
  }

  @Override
  public String name() {
    return FirstEpss.NAME;
  }

  @Override
  public String description() {
    return "FIRST EPSS exploit prediction scores and percentiles, one per CVE";
  }

  @Override
  public List<Feed> feeds() {
    return feeds;
  }

  @Override
  public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException, VulnDataException {
    String where = FirstEpss.NAME + " feed " + feed.name() + " (" + from + ")";
    try {
      return readCsv(maybeGunzip(in), sink, where);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new VulnDataException(
          where + ": broken gzip stream: " + FeedJson.clip(e.getMessage()), e);
    }
  }

  private static @Nullable URI readCsv(InputStream body, RecordSink sink, String where)
      throws IOException, VulnDataException {
    LineReader lines = new LineReader(body, MAX_LINE, where);
    String first = lines.next();
    if (first == null) {
      throw new VulnDataException(where + ": empty file");
    }
    LocalDate date = scoreDate(first, where);
    String header = lines.next();
    if (header == null || !header.strip().equals("cve,epss,percentile")) {
      throw new VulnDataException(
          where
              + " line 2: expected the header 'cve,epss,percentile', found '"
              + FeedJson.clip(header)
              + "'");
    }
    String line;
    while ((line = lines.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      sink.epss(row(line, date, where + " line " + lines.number()));
    }
    return null;
  }

  private static InputStream maybeGunzip(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in);
    b.mark(2);
    int m1 = b.read();
    int m2 = b.read();
    b.reset();
    return m1 == 0x1f && m2 == 0x8b ? new GZIPInputStream(b, 65536) : b;
  }

  private static LocalDate scoreDate(String line, String where) throws VulnDataException {
    if (!line.startsWith("#")) {
      throw new VulnDataException(
          where
              + " line 1: expected '#model_version:…,score_date:…', found '"
              + FeedJson.clip(line)
              + "'");
    }
    Matcher m = SCORE_DATE.matcher(line);
    if (!m.find()) {
      throw new VulnDataException(
          where + " line 1: no score_date in '" + FeedJson.clip(line) + "'");
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      throw new VulnDataException(
          where + " line 1: score_date is not a date: '" + FeedJson.clip(m.group(1)) + "'", e);
    }
  }

  static Epss row(String line, LocalDate date, String where) throws VulnDataException {
    String[] cells = line.strip().split(",", -1);
    if (cells.length != 3 || !CVE.matcher(cells[0]).matches()) {
      throw new VulnDataException(
          where + ": expected 'CVE-id,score,percentile', found '" + FeedJson.clip(line) + "'");
    }
    double score = probability(cells[1], "epss", where);
    double percentile = probability(cells[2], "percentile", where);
    return new Epss(cells[0], score, percentile, date);
  }

  private static double probability(String cell, String what, String where)
      throws VulnDataException {
    try {
      double d = Double.parseDouble(cell);
      if (d >= 0.0 && d <= 1.0) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new VulnDataException(
        where + ": " + what + " is not a number between 0 and 1: '" + FeedJson.clip(cell) + "'");
  }

  /** ASCII/UTF-8 lines without the terminator; a line longer than the cap is an error. */
  static final class LineReader {
    private final InputStream in;
    private final int max;
    private final byte[] buf;
    private final String where;
    private int number;

    LineReader(InputStream in, int max, String where) {
      this.in = in;
      this.max = max;
      this.buf = new byte[max];
      this.where = where;
    }

    @Nullable String next() throws IOException, VulnDataException {
      int n = 0;
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        if (n == max) {
          throw new VulnDataException(
              where + " line " + (number + 1) + ": longer than " + max + " bytes");
        }
        buf[n++] = (byte) c;
      }
      if (c == -1 && n == 0) {
        return null;
      }
      number++;
      if (n > 0 && buf[n - 1] == '\r') {
        n--;
      }
      return new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    int number() {
      return number;
    }
  }
}
