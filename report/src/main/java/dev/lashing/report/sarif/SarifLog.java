package dev.lashing.report.sarif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The start of a SARIF 2.1.0 log: {@code $schema}, {@code version} and one run whose tool driver is
 * Lashing. The config, secret, vulnerability and posture writers add rules and results to it.
 *
 * @param root the log object, to serialise
 * @param run the one run, where {@code results} go
 * @param driver the run's tool driver, where {@code rules} go
 */
public record SarifLog(ObjectNode root, ObjectNode run, ObjectNode driver) {

  /** The official schema id of SARIF 2.1.0 (OASIS, errata 01). */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** A new log with one run of tool {@code lashing} at {@code toolVersion}. */
  public static SarifLog start(ObjectMapper json, String toolVersion) {
    ObjectNode root = json.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "lashing");
    driver.put("version", toolVersion);
    return new SarifLog(root, run, driver);
  }
}
