package dev.lashing.match;

/** A scan step that cannot complete; the message says what and where. */
public class MatchException extends Exception {
  private static final long serialVersionUID = 1L;

  public MatchException(String message) {
    super(message);
  }

  public MatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
