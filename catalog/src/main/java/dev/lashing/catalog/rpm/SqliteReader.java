package dev.lashing.catalog.rpm;

import dev.lashing.catalog.distro.DbFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Reads the header blobs of an rpm SQLite database ({@code rpmdb.sqlite}, table {@code
 * Packages(hnum, blob)}). The bytes are copied to a private temporary directory and opened
 * read-only and immutable, so SQLite neither locks nor writes a journal; the copy is deleted after.
 */
final class SqliteReader {
  static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final long MAX_TOTAL = 1L << 30;

  private SqliteReader() {}

  static boolean looksLike(byte[] db) {
    return db.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(db, MAGIC.length), MAGIC);
  }

  static List<byte[]> read(byte[] db) throws DbFormatException, IOException {
    if (!looksLike(db)) {
      throw new DbFormatException("not a SQLite database (bad magic)");
    }
    Path dir = Files.createTempDirectory("lashing-rpmdb-");
    try {
      Path file = dir.resolve("rpmdb.sqlite");
      Files.write(file, db);
      return query(file);
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static List<byte[]> query(Path file) throws DbFormatException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
    String url = "jdbc:sqlite:" + file.toUri() + "?immutable=1";
    try (Connection c = config.createConnection(url);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT blob FROM Packages ORDER BY hnum")) {
      List<byte[]> out = new ArrayList<>();
      long total = 0;
      while (rs.next()) {
        byte[] blob = rs.getBytes(1);
        if (blob == null) {
          continue;
        }
        total += blob.length;
        if (total > MAX_TOTAL) {
          throw new DbFormatException("rpm SQLite blobs exceed " + MAX_TOTAL + " bytes");
        }
        out.add(blob);
      }
      return out;
    } catch (SQLException e) {
      String m = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new DbFormatException("SQLite: " + m.replace('\n', ' '));
    }
  }
}
