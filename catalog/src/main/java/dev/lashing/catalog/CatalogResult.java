package dev.lashing.catalog;

import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.util.List;
import java.util.Set;

/**
 * What one cataloger (or a whole run) found.
 *
 * @param packages the packages
 * @param relationships dependency and containment relations between them, by package id
 * @param ownedPaths absolute paths the packages own (OS catalogers: the package file lists)
 */
public record CatalogResult(
    List<Package> packages, List<Relationship> relationships, Set<String> ownedPaths) {

  public static final CatalogResult EMPTY = new CatalogResult(List.of(), List.of(), Set.of());

  public CatalogResult {
    packages = List.copyOf(packages);
    relationships = List.copyOf(relationships);
    ownedPaths = Set.copyOf(ownedPaths);
  }

  public static CatalogResult of(List<Package> packages) {
    return new CatalogResult(packages, List.of(), Set.of());
  }
}
