package dev.lashing.cli.k8s.netpol;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.netpol.ManifestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** PATH arguments (files, directories, or {@code -} for standard input) into objects. */
final class NetpolInputs {
  static final int MAX_NOTES = 50;

  private NetpolInputs() {}

  /**
   * The objects of {@code paths}; unreadable inputs are printed as errors. Throws when nothing at
   * all could be read, so the command exits 2.
   */
  static List<K8sObject> load(CommandLine cl, List<String> paths) throws IOException {
    List<String> errors = new ArrayList<>();
    List<K8sObject> objects;
    if (paths.contains("-")) {
      if (paths.size() > 1) {
        throw new ParameterException(cl, "'-' (standard input) must be the only PATH");
      }
      InputStream in = System.in;
      byte[] bytes = in.readNBytes(ManifestFiles.MAX_FILE + 1);
      if (bytes.length > ManifestFiles.MAX_FILE) {
        throw new IOException("standard input larger than " + ManifestFiles.MAX_FILE + " bytes");
      }
      objects = ManifestFiles.load("stdin", new String(bytes, StandardCharsets.UTF_8), errors);
    } else {
      objects = ManifestFiles.load(paths.stream().map(Path::of).toList(), errors);
    }
    PrintWriter err = cl.getErr();
    errors.forEach(e -> err.println("lashing: error: " + oneLine(e)));
    err.flush();
    if (objects.isEmpty() && !errors.isEmpty()) {
      throw new IOException("no input could be read (" + errors.size() + " error(s) above)");
    }
    return objects;
  }

  static void notes(CommandLine cl, List<String> notes) {
    PrintWriter err = cl.getErr();
    notes.stream().limit(MAX_NOTES).forEach(n -> err.println("lashing: note: " + oneLine(n)));
    if (notes.size() > MAX_NOTES) {
      err.println("lashing: note: … " + (notes.size() - MAX_NOTES) + " more (see --format json)");
    }
    err.flush();
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", "; ").replaceAll("\\p{Cntrl}", "?").strip();
  }
}
