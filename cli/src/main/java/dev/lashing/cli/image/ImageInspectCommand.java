package dev.lashing.cli.image;

import dev.lashing.image.ImageInspection;
import dev.lashing.image.ImageInspector;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.inspect.InspectJson;
import dev.lashing.report.inspect.InspectTable;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lashing image inspect TARGET}: identity, config, layers, OS and file count of an image.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Show an image's digest, platform, config, layers, OS and file count.",
      "",
      "TARGET is one of:",
      "  alpine:3.20, host:5000/team/app:1, repo@sha256:...   a registry image",
      "  docker-archive:FILE[:TAG] or a .tar/.tar.gz file       docker save / podman save",
      "  oci:PATH[:TAG]                                        an OCI image layout (dir or tar)",
      "  dir:PATH or a directory                               a root filesystem"
    })
public final class ImageInspectCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Mixin Targets targets;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  @Nullable String output;

  @Mixin ImageSourceOptions source;

  @Override
  public Integer call() throws Exception {
    String what = targets.choose();
    ImageInspection inspection = ImageInspector.inspect(what, source.toImageOptions());
    PrintWriter out = spec.commandLine().getOut();
    OutputTarget.of(output, out)
        .write(
            o -> {
              switch (format) {
                case json -> InspectJson.write(inspection, o);
                case table -> InspectTable.write(inspection, o);
              }
            });
    return 0;
  }
}
