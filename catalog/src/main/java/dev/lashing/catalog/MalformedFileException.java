package dev.lashing.catalog;

/**
 * One input file cannot be parsed. Catalogers turn it into a warning ({@code PATH: message}) and go
 * on with the next file; it never ends a scan.
 */
public final class MalformedFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedFileException(String message) {
    super(message);
  }

  public MalformedFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
