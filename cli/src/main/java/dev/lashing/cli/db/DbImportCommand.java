package dev.lashing.cli.db;

import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSources;
import dev.lashing.vulndb.fetch.Importer;
import dev.lashing.vulndb.fetch.SourceResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lashing db import PATH…}: local files into the database, without network. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import local files: OSV directories, zips (all.zip) or records (JSON or YAML), a feed file",
      "of a registered source (with --source, or recognised by its name), or a database file made",
      "by 'lashing db export' (replaces the database). Invalid records are skipped with a warning."
    })
public final class DbImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DbOptions db = new DbOptions();

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "The source the files belong to (default: detect; OSV records by ecosystem).")
  @Nullable String source;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws VulnDataException {
    Path path = db.path();
    long start = System.nanoTime();
    List<SourceResult> results;
    try {
      results =
          Importer.create(VulnSources.defaults(), DbOptions.log(spec))
              .importPaths(path, paths, source);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (results.size() == 1 && results.getFirst().source().equals("*")) {
      spec.commandLine().getOut().println(path + ": replaced by " + paths.getFirst());
      spec.commandLine().getOut().flush();
      return 0;
    }
    long read = results.stream().mapToLong(r -> r.counts().read()).sum();
    long skipped = results.stream().mapToLong(r -> r.counts().skipped()).sum();
    double seconds = (System.nanoTime() - start) / 1e9;
    spec.commandLine()
        .getOut()
        .printf(
            "%s: %d records imported, %d skipped, in %.1f s (%.0f records/s)%n",
            path, read, skipped, seconds, read / Math.max(seconds, 1e-3));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
