package dev.lashing.cli.db;

import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.VulnSources;
import dev.lashing.vulndb.fetch.SourceResult;
import dev.lashing.vulndb.fetch.UpdateOptions;
import dev.lashing.vulndb.fetch.Updater;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lashing db update}: download the sources and apply them to the database. */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Download every source (or those named) and apply the changes to the database.",
      "Conditional requests: an unchanged feed is not downloaded again. The database is replaced",
      "only when the update is complete; a failed source is reported and leaves its data as it was."
    })
public final class DbUpdateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DbOptions db = new DbOptions();

  @Option(
      names = "--source",
      paramLabel = "NAME",
      split = ",",
      description = "Only these sources (repeatable or comma-separated); see 'lashing db info'.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--mirror",
      paramLabel = "URL",
      description =
          "Fetch from this base URL instead of each feed's host (the feed's path is appended).")
  @Nullable String mirror;

  @Option(
      names = "--retries",
      defaultValue = "3",
      description = "Further attempts after a failed download (default: ${DEFAULT-VALUE}).")
  int retries = 3;

  @Option(
      names = "--timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description =
          "Connect timeout, and the longest a download may stall (default: ${DEFAULT-VALUE}).")
  int timeout = 60;

  @Override
  public Integer call() throws VulnDataException {
    List<VulnSource> chosen;
    URI base = null;
    try {
      chosen = sources.isEmpty() ? VulnSources.defaults() : VulnSources.select(sources);
      if (mirror != null && !mirror.isBlank()) {
        base = URI.create(mirror);
        if (base.getScheme() == null || base.getHost() == null) {
          throw new IllegalArgumentException("--mirror needs an http(s) URL, not '" + mirror + "'");
        }
      }
      if (retries < 0 || timeout < 1) {
        throw new IllegalArgumentException("--retries must be >= 0 and --timeout >= 1");
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    UpdateOptions options =
        UpdateOptions.defaults()
            .withMirror(base)
            .withRetries(retries, Duration.ofSeconds(2))
            .withTimeout(Duration.ofSeconds(timeout));
    Path path = db.path();
    List<SourceResult> results = Updater.create(options, DbOptions.log(spec)).update(path, chosen);
    long updated = results.stream().filter(r -> r.status().equals("updated")).count();
    long same = results.stream().filter(r -> r.status().equals("not-modified")).count();
    List<String> failed =
        results.stream()
            .filter(SourceResult::failed)
            .map(r -> r.source() + " (" + r.error() + ")")
            .toList();
    spec.commandLine()
        .getOut()
        .println(
            path
                + ": "
                + updated
                + " sources updated, "
                + same
                + " not modified, "
                + failed.size()
                + " failed");
    spec.commandLine().getOut().flush();
    if (!failed.isEmpty()) {
      throw new VulnDataException(
          failed.size() + " source(s) failed, the rest were applied: " + String.join("; ", failed));
    }
    return 0;
  }
}
