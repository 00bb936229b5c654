package dev.lashing.catalog.distro;

/**
 * A package database (or one record of it) is malformed. The message is one line naming what is
 * wrong and where (line number or byte offset); the cataloger adds the file and goes on.
 */
public final class DbFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public DbFormatException(String message) {
    super(message);
  }
}
