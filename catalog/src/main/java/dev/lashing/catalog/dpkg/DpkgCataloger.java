package dev.lashing.catalog.dpkg;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.CatalogRun;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.distro.DbFiles;
import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.Distro;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
  public CatalogRun start(FileResolver files, @Nullable OsInfo os) {
    List<FileEntry> dbs = new ArrayList<>();
    files.file(STATUS).filter(FileEntry::isRegular).ifPresent(dbs::add);
    for (FileEntry e : files.glob("/var/lib/dpkg/status.d/*")) {
      if (e.isRegular() && !NOT_STANZAS.contains(extension(e.name()))) {
        dbs.add(e);
      }
    }
    DbFiles read = new DbFiles(NAME);
    if (!dbs.isEmpty()) {
      dbs.forEach(e -> read.want(e, MAX_DB_BYTES));
      // which packages own which files is known only after the database is parsed: collect
      // every file that can hold a package's file list or copyright in the same pass
      for (FileEntry e : files.glob("/var/lib/dpkg/{info,status.d}/*")) {
        if (LIST_EXTENSIONS.contains(extension(e.name()))) {
          read.want(e, MAX_LIST_BYTES, true);
        }
      }
      for (FileEntry doc : files.glob("/usr/share/doc/*")) {
        files
            .file("/usr/share/doc/" + doc.name() + "/copyright")
            .ifPresent(e -> read.want(e, MAX_LIST_BYTES, true));
      }
    }
    return new Run(files, os, dbs, read);
  }

  private static final Set<String> LIST_EXTENSIONS = Set.of("list", "md5sums", "conffiles");

  /** One run: the databases and the files beside them, combined when all are read. */
  private record Run(FileResolver files, @Nullable OsInfo os, List<FileEntry> dbs, DbFiles read)
      implements CatalogRun {

    @Override
    public boolean wants(FileEntry file, Consumer<String> warnings) {
      return read.wants(file, warnings);
    }

    @Override
    public CatalogResult read(FileEntry file, byte[] content, Consumer<String> warnings) {
      read.read(file, content);
      return CatalogResult.EMPTY;
    }

    @Override
    public CatalogResult finish(Consumer<String> warnings) throws IOException {
      Map<FileEntry, List<DpkgEntry>> parsed = new LinkedHashMap<>();
      for (FileEntry db : dbs) {
        byte[] data = read.content(db);
        if (data == null) {
          continue;
        }
        try {
          parsed.put(db, DpkgStatusParser.parse(data).stream().filter(DpkgEntry::listed).toList());
        } catch (DbFormatException e) {
          DbFiles.warnMalformed(warnings, NAME, db, e.getMessage());
        }
      }
      if (parsed.isEmpty()) {
        return CatalogResult.EMPTY;
      }
      Map<String, FileEntry> extras = extraFiles(files, parsed);
      read.readMissing(files, extras.values(), MAX_LIST_BYTES);
      Map<String, byte[]> extraContent = new LinkedHashMap<>();
      extras.forEach(
          (path, e) -> {
            byte[] data = read.content(e);
            if (data != null) {
              extraContent.put(path, data);
            } else if (e.size() > MAX_LIST_BYTES) {
              read.warnTooLarge(warnings, e, MAX_LIST_BYTES);
            }
          });
      DpkgPackages builder = new DpkgPackages(Distro.of(os, "debian"), extraContent, NAME);
      parsed.forEach(
          (db, list) ->
              builder.addAll(db, list, m -> DbFiles.warnMalformed(warnings, NAME, db, m)));
      return builder.result();
    }
  }

  /** The .list/.md5sums/.conffiles and copyright files of the packages found, by path. */
  private static Map<String, FileEntry> extraFiles(
      FileResolver files, Map<FileEntry, List<DpkgEntry>> parsed) {
    Set<String> wanted = new HashSet<>();
    for (Map.Entry<FileEntry, List<DpkgEntry>> db : parsed.entrySet()) {
      for (DpkgEntry p : db.getValue()) {
        wanted.addAll(DpkgPackages.ownedFileCandidates(db.getKey().path(), p));
        wanted.add(DpkgPackages.copyrightPath(p));
      }
    }
    Map<String, FileEntry> out = new LinkedHashMap<>();
    for (String path : wanted) {
      files.file(path).filter(FileEntry::isRegular).ifPresent(e -> out.put(path, e));
    }
    return out;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
