package dev.lashing.cli.scan;

import dev.lashing.catalog.Catalogers;
import dev.lashing.cli.LashingCommand;
import dev.lashing.cli.image.ImageSourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lashing fs DIR}: vulnerabilities of a project directory (lockfiles and manifests as well
 * as installed packages).
 */
@Command(
    name = "fs",
    mixinStandardHelpOptions = true,
    description = "Find known vulnerabilities in a directory: lockfiles, manifests, packages.")
public final class FsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand @Nullable LashingCommand root;

  @Parameters(index = "0", paramLabel = "DIR", description = "The directory to scan.")
  Path dir;

  @Mixin ScanOptions scan;

  @Mixin ImageSourceOptions source;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new java.io.IOException(dir + ": not a directory");
    }
    return new ScanRunner(spec, scan, root)
        .scan("dir:" + dir, source.toImageOptions(), Catalogers.defaults(), true);
  }
}
