package dev.lashing.misconfig;

/**
 * A configuration input or check file that cannot be used. The message is one line naming the file
 * and, where known, the line: {@code deploy.yaml:12: mapping values are not allowed here}.
 */
public final class MisconfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public MisconfigException(String message) {
    super(message);
  }

  public MisconfigException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An error at {@code file:line}; line 0 or less means the whole file. */
  public static MisconfigException at(String file, int line, String message) {
    return new MisconfigException(
        line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
  }
}
