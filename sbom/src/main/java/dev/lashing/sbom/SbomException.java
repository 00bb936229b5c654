package dev.lashing.sbom;

/**
 * An SBOM that cannot be read or written. The message is one line naming the document (file) and
 * what is wrong with it.
 */
public final class SbomException extends Exception {
  private static final long serialVersionUID = 1L;

  public SbomException(String message) {
    super(message);
  }

  public SbomException(String message, Throwable cause) {
    super(message, cause);
  }
}
