package dev.lashing.image;

/**
 * A problem with an image a user can act on. The message is one line naming what was wrong and
 * where (file, layer digest, registry URL), e.g. {@code layer sha256:ab12…: digest mismatch}.
 */
public class ImageException extends Exception {
  private static final long serialVersionUID = 1L;

  public ImageException(String message) {
    super(message);
  }

  public ImageException(String message, Throwable cause) {
    super(message, cause);
  }
}
