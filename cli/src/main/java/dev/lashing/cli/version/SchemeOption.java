package dev.lashing.cli.version;

import dev.lashing.model.version.VersionScheme;
import dev.lashing.model.version.VersionSchemes;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns an ecosystem name into its scheme, or a usage error listing the known names. */
final class SchemeOption {
  private SchemeOption() {}

  static VersionScheme resolve(CommandSpec spec, String ecosystem) {
    try {
      return VersionSchemes.forEcosystem(ecosystem);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
