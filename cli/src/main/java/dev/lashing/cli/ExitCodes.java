package dev.lashing.cli;

/** Process exit codes, the same for every command. */
public final class ExitCodes {
  /** Success, nothing over the threshold. */
  public static final int OK = 0;

  /** Findings over the user's threshold (reserved for scanning commands). */
  public static final int FINDINGS = 1;

  /** Any error: bad usage, unreadable input, network failure. */
  public static final int ERROR = 2;

  private ExitCodes() {}
}
