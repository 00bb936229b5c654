package dev.lashing.cli.sbom;

import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.Catalogers;
import dev.lashing.cli.LashingCommand;
import dev.lashing.cli.image.ImageSourceOptions;
import dev.lashing.cli.image.Targets;
import dev.lashing.report.OutputTarget;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomCodecs;
import dev.lashing.sbom.SbomFormat;
import dev.lashing.sbom.SbomScanner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lashing sbom TARGET}: every package of an image or directory, as an SBOM. */
@Command(
    name = "sbom",
    mixinStandardHelpOptions = true,
    description = {
      "Write the software bill of materials of an image or directory.",
      "",
      "TARGET is one of:",
      "  alpine:3.20, host:5000/team/app:1, repo@sha256:...   a registry image",
      "  docker-archive:FILE[:TAG] or a .tar/.tar.gz file       docker save / podman save",
      "  oci:PATH[:TAG]                                        an OCI image layout (dir or tar)",
      "  dir:PATH or a directory                               a directory or root filesystem",
      "",
      "'lashing sbom scan FILE' finds the vulnerabilities of an SBOM document's packages."
    },
    subcommands = {dev.lashing.cli.scan.SbomScanCommand.class})
public final class SbomCommand implements Callable<Integer> {
  private final Supplier<List<Cataloger>> registry;

  @Spec CommandSpec spec;

  @ParentCommand @Nullable LashingCommand root;

  @Mixin Targets targets;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      completionCandidates = FormatIds.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SbomFormat format = SbomFormat.TABLE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output; '-' is stdout.")
  @Nullable String output;

  @Option(
      names = "--catalogers",
      split = ",",
      paramLabel = "NAME|TAG",
      description =
          "Catalogers to run, by name or tag (os, language, image, directory, …); "
              + "-NAME removes one. Default: all.")
  List<String> catalogers = new ArrayList<>();

  @Mixin ImageSourceOptions source;

  public SbomCommand() {
    this(Catalogers::defaults);
  }

  /** With another cataloger registry (tests). */
  public SbomCommand(Supplier<List<Cataloger>> registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() throws Exception {
    String what = targets.choose();
    List<Cataloger> chosen;
    try {
      chosen =
          catalogers.isEmpty() ? registry.get() : Catalogers.select(registry.get(), catalogers);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean quiet = root != null && root.quiet();
    PrintWriter err = spec.commandLine().getErr();
    Sbom sbom;
    try (Progress progress = Progress.on(err, quiet)) {
      Consumer<String> warnings = quiet ? w -> {} : w -> progress.println("lashing: warning: " + w);
      sbom =
          SbomScanner.scan(
              what, source.toImageOptions(), chosen, catalogers.isEmpty(), warnings, progress);
    }
    err.flush();
    OutputTarget.of(output, spec.commandLine().getOut())
        .write(o -> SbomCodecs.write(sbom, format, o));
    return 0;
  }

  /** {@code cyclonedx-json} → {@link SbomFormat#CYCLONEDX_JSON}. */
  static final class FormatConverter implements ITypeConverter<SbomFormat> {
    @Override
    public SbomFormat convert(String value) {
      return SbomFormat.byId(value)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "unknown format '" + value + "'; choose one of " + new FormatIds()));
    }
  }

  /** The format names, for help and completion. */
  static final class FormatIds extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatIds() {
      super(Arrays.stream(SbomFormat.values()).map(SbomFormat::id).toList());
    }

    @Override
    public String toString() {
      return String.join(", ", this);
    }
  }
}
