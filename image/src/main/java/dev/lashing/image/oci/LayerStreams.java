package dev.lashing.image.oci;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import dev.lashing.image.Compression;
import dev.lashing.image.Layer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Turns a raw layer blob into its verified, uncompressed tar stream: the blob digest is checked on
 * the compressed bytes, the diff id on the uncompressed ones. The compression is taken from the
 * blob's magic bytes (registries and tools do mislabel media types), so an uncompressed blob
 * labelled gzip still reads.
 */
public final class LayerStreams {
  private static final int BUFFER = 1 << 16;

  private LayerStreams() {}

  /**
   * @param raw the blob as stored
   * @param verifyBlob whether {@code layer.digest()} is the digest of {@code raw} (false where the
   *     source only knows the diff id, as in legacy docker-archive tars)
   */
  public static InputStream uncompressed(InputStream raw, Layer layer, boolean verifyBlob)
      throws IOException {
    String what = "layer " + layer.digest();
    InputStream blob = new BufferedInputStream(raw, BUFFER);
    if (verifyBlob) {
      blob =
          new BufferedInputStream(
              new VerifyingInputStream(blob, layer.digest(), layer.size(), what), BUFFER);
    }
    blob.mark(4);
    byte[] head = blob.readNBytes(4);
    blob.reset();
    Compression c = Compression.sniff(head, head.length);
    InputStream plain;
    try {
      plain =
          switch (c) {
            case GZIP -> new GZIPInputStream(blob, BUFFER);
            case ZSTD -> new BufferedInputStream(new ZstdInputStreamNoFinalizer(blob), BUFFER);
            case NONE -> blob;
          };
    } catch (IOException | RuntimeException e) {
      // The gzip header is read here, outside DecompressionErrors: same one-line message.
      blob.close();
      IOException wrapped = new DecompressionErrors(blob, what, c).wrap(e);
      throw wrapped;
    }
    String diffWhat = "layer " + layer.digest() + " (uncompressed, diff id " + layer.diffId() + ")";
    InputStream ended = plain == blob ? plain : new DrainBlobAtEnd(plain, blob);
    // An uncompressed blob whose digest is its diff id was just verified as the blob: hash once.
    boolean sameCheck =
        c == Compression.NONE && verifyBlob && layer.digest().equals(layer.diffId());
    InputStream checked =
        sameCheck ? ended : new VerifyingInputStream(ended, layer.diffId(), -1, diffWhat);
    return new DecompressionErrors(checked, what, c);
  }

  /**
   * Decompressors stop at the end of the compressed data and never read the blob to its end, so the
   * blob digest would go unchecked (and bytes appended to a blob unnoticed). At the end of the
   * uncompressed stream this reads the rest of the blob, which runs the blob check (bounded by the
   * declared size) before the diff id is checked.
   */
  private static final class DrainBlobAtEnd extends java.io.FilterInputStream {
    private final InputStream blob;

    DrainBlobAtEnd(InputStream plain, InputStream blob) {
      super(plain);
      this.blob = blob;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n < 0) {
        blob.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return n;
    }
  }

  /** Rewrites decompressor failures into one line naming the layer. */
  private static final class DecompressionErrors extends java.io.FilterInputStream {
    private final String what;
    private final Compression c;

    DecompressionErrors(InputStream in, String what, Compression c) {
      super(in);
      this.what = what;
      this.c = c;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException | RuntimeException e) {
        throw wrap(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException | RuntimeException e) {
        throw wrap(e);
      }
    }

    private IOException wrap(Exception e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (m.startsWith(what)) {
        return e instanceof IOException io ? io : new IOException(m, e);
      }
      String kind =
          e instanceof java.io.EOFException
              ? "truncated " + c.name().toLowerCase(java.util.Locale.ROOT) + " stream"
              : "corrupt " + c.name().toLowerCase(java.util.Locale.ROOT) + " data (" + m + ")";
      return new IOException(what + ": " + kind, e);
    }
  }
}
