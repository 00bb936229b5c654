package dev.lashing.cli.image;

import dev.lashing.catalog.Catalogers;
import dev.lashing.cli.LashingCommand;
import dev.lashing.cli.scan.ScanOptions;
import dev.lashing.cli.scan.ScanRunner;
import dev.lashing.cli.scan.Scanners;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lashing image TARGET}: scan an image for known vulnerabilities; {@code lashing image
 * inspect TARGET} shows its facts.
 */
@Command(
    name = "image",
    mixinStandardHelpOptions = true,
    description = {
      "Scan a container image for known vulnerabilities (or inspect it).",
      "",
      "TARGET is one of:",
      "  alpine:3.20, host:5000/team/app:1, repo@sha256:...   a registry image",
      "  docker-archive:FILE[:TAG] or a .tar/.tar.gz file       docker save / podman save",
      "  oci:PATH[:TAG]                                        an OCI image layout (dir or tar)",
      "  dir:PATH or a directory                               a root filesystem"
    },
    subcommands = {ImageInspectCommand.class})
public final class ImageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand @Nullable LashingCommand root;

  @Mixin Targets targets;

  @Option(
      names = "--scanners",
      split = ",",
      paramLabel = "LIST",
      description = "Scanners to run (available: vuln). Default: vuln.")
  List<String> scanners = new ArrayList<>();

  @Mixin ScanOptions scan;

  @Mixin ImageSourceOptions source;

  @Override
  public Integer call() throws Exception {
    String what = targets.choose();
    try {
      Scanners.select(scanners);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return new ScanRunner(spec, scan, root)
        .scan(what, source.toImageOptions(), Catalogers.defaults(), true);
  }
}
