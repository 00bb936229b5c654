package dev.lashing.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * Where a report goes: standard output, or a file that appears only once complete (written to a
 * temporary file beside it and moved into place), so a failed run never leaves half a report.
 */
public final class OutputTarget {
  private final @Nullable Path file;
  private final Writer stdout;

  private OutputTarget(@Nullable Path file, Writer stdout) {
    this.file = file;
    this.stdout = stdout;
  }

  /** {@code null} or {@code "-"} means standard output. */
  public static OutputTarget of(@Nullable String path, Writer stdout) {
    return path == null || path.equals("-")
        ? new OutputTarget(null, stdout)
        : new OutputTarget(Path.of(path), stdout);
  }

  /** Something that writes a whole document to a stream. */
  @FunctionalInterface
  public interface Body {
    void write(Writer out) throws IOException;
  }

  /**
   * Writes the document; a regular file (new or existing, also through a symlink) atomically, a
   * device or FIFO (e.g. {@code /dev/null}) directly.
   */
  public void write(Body writer) throws IOException {
    if (file == null) {
      writer.write(stdout);
      stdout.flush();
      return;
    }
    Path abs = file.toAbsolutePath();
    if (Files.exists(abs) && !Files.isRegularFile(abs)) {
      // A device, FIFO or /dev/stdout: write through it; renaming over it would replace it.
      if (Files.isDirectory(abs)) {
        throw new IOException(file + ": is a directory");
      }
      try (Writer out =
          new java.io.BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(abs), StandardCharsets.UTF_8))) {
        writer.write(out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return;
    }
    if (Files.isSymbolicLink(abs)) {
      abs = abs.toRealPath(); // replace the file the link names, keep the link
    }
    Path dir = abs.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IOException(file + ": directory " + dir + " does not exist");
    }
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      try (Writer out =
          new java.io.BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
        writer.write(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e.getCause();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
