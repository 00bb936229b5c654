package dev.lashing.match;

import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStore;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Finds the records that affect one package; one implementation per package family. */
public interface Matcher {

  /** Stable id ({@code distro-matcher}), shown in every finding's match detail. */
  String id();

  /** The package types this matcher serves; a package goes to the first matcher serving it. */
  Set<PackageType> types();

  /**
   * The records affecting {@code pkg}; withdrawn records and records stating the package is not
   * affected never come back.
   *
   * @param os the scanned system's OS, null when none was detected
   */
  List<Candidate> match(Package pkg, @Nullable OsInfo os, VulnStore store) throws VulnDataException;
}
