package dev.lashing.catalog.dpkg;

import dev.lashing.catalog.CatalogContext;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.DbReads;
import dev.lashing.catalog.distro.Distro;
import dev.lashing.image.fs.FileEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds Debian packages in {@code /var/lib/dpkg/status} and the distroless {@code
 * /var/lib/dpkg/status.d/*} files: the packages {@code dpkg-query -W} lists (every state but
 * not-installed), the files they own and their Depends relations.
 */
public final class DpkgCataloger implements Cataloger {
  static final String NAME = "dpkg-db-cataloger";
  static final String STATUS = "/var/lib/dpkg/status";
  static final int MAX_DB_BYTES = 64 << 20;
  static final int MAX_LIST_BYTES = 16 << 20;
  private static final Set<String> NOT_STANZAS =
      Set.of(
          "md5sums",
          "list",
          "conffiles",
          "preinst",
          "postinst",
          "prerm",
          "postrm",
          "shlibs",
          "symbols",
          "triggers",
          "templates",
          "config");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> tags() {
    return Set.of("os", "image", "directory", "installed", "debian", "dpkg");
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public CatalogResult catalog(CatalogContext ctx) throws IOException {
    List<FileEntry> dbs = new ArrayList<>();
    ctx.files().file(STATUS).filter(FileEntry::isRegular).ifPresent(dbs::add);
    for (FileEntry e : ctx.files().glob("/var/lib/dpkg/status.d/*")) {
      if (e.isRegular() && !NOT_STANZAS.contains(extension(e.name()))) {
        dbs.add(e);
      }
    }
    if (dbs.isEmpty()) {
      return CatalogResult.EMPTY;
    }
    Map<String, byte[]> content = DbReads.readAll(ctx, NAME, dbs, MAX_DB_BYTES);
    Map<FileEntry, List<DpkgEntry>> parsed = new LinkedHashMap<>();
    for (FileEntry db : dbs) {
      byte[] data = content.get(db.path());
      if (data == null) {
        continue;
      }
      try {
        parsed.put(db, DpkgStatusParser.parse(data).stream().filter(DpkgEntry::listed).toList());
      } catch (DbFormatException e) {
        DbReads.warnMalformed(ctx, NAME, db, e.getMessage());
      }
    }
    Map<String, FileEntry> extras = extraFiles(ctx, parsed);
    Map<String, byte[]> read = DbReads.readAll(ctx, NAME, extras.values(), MAX_LIST_BYTES);
    Map<String, byte[]> extraContent = new LinkedHashMap<>();
    extras.forEach(
        (path, e) -> {
          byte[] data = read.get(e.path());
          if (data != null) {
            extraContent.put(path, data);
          }
        });
    DpkgPackages builder = new DpkgPackages(Distro.of(ctx.os(), "debian"), extraContent, NAME);
    parsed.forEach(
        (db, list) -> builder.addAll(db, list, m -> DbReads.warnMalformed(ctx, NAME, db, m)));
    return builder.result();
  }

  /** The .list/.md5sums/.conffiles and copyright files of the packages found, by path. */
  private static Map<String, FileEntry> extraFiles(
      CatalogContext ctx, Map<FileEntry, List<DpkgEntry>> parsed) {
    Set<String> wanted = new HashSet<>();
    for (Map.Entry<FileEntry, List<DpkgEntry>> db : parsed.entrySet()) {
      for (DpkgEntry p : db.getValue()) {
        wanted.addAll(DpkgPackages.ownedFileCandidates(db.getKey().path(), p));
        wanted.add(DpkgPackages.copyrightPath(p));
      }
    }
    Map<String, FileEntry> out = new LinkedHashMap<>();
    for (String path : wanted) {
      ctx.files().file(path).filter(FileEntry::isRegular).ifPresent(e -> out.put(path, e));
    }
    return out;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
