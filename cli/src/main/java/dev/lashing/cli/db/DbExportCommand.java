package dev.lashing.cli.db;

import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.store.LocalStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lashing db export FILE}: a single-file copy of the database. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write a consistent single-file copy of the database (compacted), atomically; carry it to",
      "another machine and load it there with 'lashing db import FILE'."
    })
public final class DbExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DbOptions db = new DbOptions();

  @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the copy.")
  Path file;

  @Override
  public Integer call() throws VulnDataException {
    LocalStore.export(db.path(), file);
    DbOptions.log(spec).accept(db.path() + " exported to " + file);
    return 0;
  }
}
