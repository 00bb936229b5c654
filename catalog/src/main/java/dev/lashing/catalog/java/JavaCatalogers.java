package dev.lashing.catalog.java;

import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.FileCataloger;
import java.util.Locale;
import java.util.Set;

/** The Java catalogers. */
public final class JavaCatalogers {
  private JavaCatalogers() {}

  private static final Set<String> EXTENSIONS =
      Set.of(".jar", ".war", ".ear", ".par", ".hpi", ".jpi");

  /** Java archives anywhere in the view, nested archives included. */
  public static Cataloger archives() {
    return new FileCataloger(
        "java-archive-cataloger",
        Set.of("language", "java", "maven", "image", "directory", "installed"),
        1,
        JavaCatalogers::isArchive,
        ArchiveLimits.DEFAULTS.maxArchiveBytes(),
        new JarParser(ArchiveLimits.DEFAULTS, "java-archive-cataloger")::parse);
  }

  static boolean isArchive(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    int dot = p.lastIndexOf('.');
    return dot > p.lastIndexOf('/') && EXTENSIONS.contains(p.substring(dot));
  }
}
