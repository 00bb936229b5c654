package dev.lashing.cli.db;

import dev.lashing.cli.LashingCommand;
import dev.lashing.vulndb.VulnStores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every {@code db} command shares. */
final class DbOptions {

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "The database file (default: $XDG_CACHE_HOME/lashing/db/vuln.db, else"
              + " ~/.cache/lashing/db/vuln.db).")
  @Nullable Path db;

  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec mixee;

  Path path() {
    if (db != null) {
      return db;
    }
    return VulnStores.defaultPath(
        mixee == null ? System.getenv() : dev.lashing.cli.Main.environment(mixee));
  }

  /** Progress lines on standard error, unless --quiet. */
  static Consumer<String> log(CommandSpec spec) {
    PrintWriter err = spec.commandLine().getErr();
    boolean quiet = spec.root().userObject() instanceof LashingCommand root && root.quiet();
    return quiet
        ? line -> {}
        : line -> {
          err.println("lashing: " + line.replaceAll("\\p{Cntrl}", "?"));
          err.flush();
        };
  }
}
