package dev.lashing.model.version;

/**
 * One event of an OSV range: {@code introduced}, {@code fixed}, {@code last_affected}, {@code
 * limit}.
 */
public sealed interface OsvEvent {

  String version();

  /** Vulnerable from this version on; {@code "0"} means from the very first version. */
  record Introduced(String version) implements OsvEvent {}

  /** Not vulnerable from this version on. */
  record Fixed(String version) implements OsvEvent {}

  /** The last vulnerable version; later ones are not vulnerable. */
  record LastAffected(String version) implements OsvEvent {}

  /** Versions at or after the limit are outside the range altogether. */
  record Limit(String version) implements OsvEvent {}

  /**
   * The event for an OSV JSON key.
   *
   * @throws IllegalArgumentException for an unknown key
   */
  static OsvEvent of(String key, String version) {
    return switch (key) {
      case "introduced" -> new Introduced(version);
      case "fixed" -> new Fixed(version);
      case "last_affected" -> new LastAffected(version);
      case "limit" -> new Limit(version);
      default ->
          throw new IllegalArgumentException(
              "unknown OSV range event '"
                  + key
                  + "' (expected introduced, fixed, last_affected or"
                  + " limit)");
    };
  }
}
