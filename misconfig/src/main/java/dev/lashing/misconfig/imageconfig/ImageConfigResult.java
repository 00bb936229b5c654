package dev.lashing.misconfig.imageconfig;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.secret.SecretFinding;
import java.util.List;

/**
 * The image's configuration checked as a Dockerfile.
 *
 * @param checks Dockerfile check findings, each with the step it points at
 * @param secrets secrets in ENV values and recorded commands, each with its step (redacted)
 * @param errors lines the check engine could not use (should stay empty)
 */
public record ImageConfigResult(List<Check> checks, List<Secret> secrets, List<String> errors) {
  public ImageConfigResult {
    checks = List.copyOf(checks);
    secrets = List.copyOf(secrets);
    errors = List.copyOf(errors);
  }

  /** A Dockerfile check that failed, and where in the history. */
  public record Check(ConfigFinding finding, Origin origin) {}

  /** A secret in the config or history, and where. */
  public record Secret(SecretFinding finding, Origin origin) {}
}
