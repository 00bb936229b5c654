package dev.lashing.image;

/** How a layer blob is compressed; decided from the media type, then checked by magic bytes. */
public enum Compression {
  NONE,
  GZIP,
  ZSTD;

  /**
   * Detects by magic bytes: gzip {@code 1f 8b}, zstd {@code 28 b5 2f fd}; anything else is none.
   */
  public static Compression sniff(byte[] head, int len) {
    if (len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (len >= 4
        && (head[0] & 0xff) == 0x28
        && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f
        && (head[3] & 0xff) == 0xfd) {
      return ZSTD;
    }
    return NONE;
  }
}
