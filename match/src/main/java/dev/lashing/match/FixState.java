package dev.lashing.match;

/** Whether a fix exists for a finding, as the feed states it. */
public enum FixState {
  /** A fixed version exists; upgrading to it removes the finding. */
  FIXED("fixed"),
  /** The feed knows the package is affected and names no fix yet. */
  NOT_FIXED("fix not available"),
  /** The distribution decided not to fix it in this release. */
  WONT_FIX("won't fix");

  private final String label;

  FixState(String label) {
    this.label = label;
  }

  /** Stable lower-case text for reports ({@code fixed}, {@code fix not available}, ...). */
  public String label() {
    return label;
  }
}
