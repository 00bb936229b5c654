package dev.lashing.cli.scan;

import dev.lashing.cli.LashingCommand;
import dev.lashing.sbom.SbomCodecs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lashing sbom scan FILE}: vulnerabilities of the packages an SBOM document lists. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description =
        "Find known vulnerabilities in the packages of an SBOM (CycloneDX JSON/XML, SPDX"
            + " JSON/tag-value).")
public final class SbomScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The SBOM document.")
  Path file;

  @Mixin ScanOptions scan;

  @Override
  public Integer call() throws Exception {
    LashingCommand root = rootCommand();
    return new ScanRunner(spec, scan, root).scan(SbomCodecs.read(file));
  }

  private @Nullable LashingCommand rootCommand() {
    Object top = spec.root().userObject();
    return top instanceof LashingCommand l ? l : null;
  }
}
