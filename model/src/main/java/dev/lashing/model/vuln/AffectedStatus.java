package dev.lashing.model.vuln;

/**
 * What a feed says about a package, beyond its version ranges. Distro trackers state these
 * explicitly; OSV records are always {@link #AFFECTED} (their ranges say which versions).
 */
public enum AffectedStatus {
  /** Affected in the versions the ranges and explicit versions name. */
  AFFECTED,
  /** Every version is affected and no fix exists yet (Debian "open", Red Hat "known_affected"). */
  UNFIXED,
  /** The distro decided not to fix (Debian "no-dsa"/"ignored", Red Hat "will not fix"). */
  WONT_FIX,
  /** The distro's package is not affected at all (Debian "not-affected", VEX "not_affected"). */
  NOT_AFFECTED
}
