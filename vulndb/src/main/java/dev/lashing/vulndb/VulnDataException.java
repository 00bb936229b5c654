package dev.lashing.vulndb;

/** Vulnerability data that cannot be read or stored; the message says what and where. */
public class VulnDataException extends Exception {

  private static final long serialVersionUID = 1L;

  public VulnDataException(String message) {
    super(message);
  }

  public VulnDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
