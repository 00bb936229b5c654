package dev.lashing.image.registry;

import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.VerifyingInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.BooleanSupplier;

/** Spooling a blob to disk with verification, and cleaning up afterwards. */
final class Downloads {
  private static final int BUFFER = 1 << 16;

  /** The connection failed while reading the body: worth another attempt, unlike a bad digest. */
  static final class NetworkReadException extends IOException {
    private static final long serialVersionUID = 1L;

    NetworkReadException(IOException cause) {
      super(
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(),
          cause);
    }
  }

  private Downloads() {}

  /**
   * Copies {@code raw} to {@code target} (replacing it), checking the digest and exact size of
   * {@code d} at the end. Stops early when {@code cancelled} turns true.
   */
  static void copyVerified(
      InputStream raw, Descriptor d, Path target, String what, BooleanSupplier cancelled)
      throws IOException {
    InputStream in =
        new VerifyingInputStream(new TagNetworkErrors(raw), d.digest(), d.size(), what);
    try (OutputStream out = Files.newOutputStream(target)) {
      byte[] buf = new byte[BUFFER];
      int n;
      while ((n = in.read(buf)) >= 0) {
        if (cancelled.getAsBoolean()) {
          throw new InterruptedIOException(what + ": download cancelled (image closed)");
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      Files.deleteIfExists(target);
      throw e;
    }
  }

  /** Deletes a directory tree, best effort. */
  static void deleteTree(Path root) throws IOException {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException e) {
      // already gone
    }
  }

  private static final class TagNetworkErrors extends FilterInputStream {
    TagNetworkErrors(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new NetworkReadException(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw new NetworkReadException(e);
      }
    }
  }
}
