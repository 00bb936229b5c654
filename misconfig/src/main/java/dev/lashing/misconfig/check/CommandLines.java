package dev.lashing.misconfig.check;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CEL functions for control-plane checks, which read the command line of a container:
 *
 * <ul>
 *   <li>{@code cmdline(container)}: {@code command} then {@code args}, every element split on
 *       whitespace (so {@code sh -c "kube-apiserver --a=b"} reads the same as the exec form);
 *   <li>{@code runs(container, 'kube-apiserver')}: a word of its command line is the binary, or a
 *       path ending in it; or, when the container sets no {@code command}, its image is the
 *       component's (repository name {@code kube-apiserver}, {@code kube-apiserver-amd64}, …);
 *   <li>{@code flagValues(words, '--name')}: every value given to the flag, as {@code --name=v},
 *       {@code --name v}, or {@code "true"} for a bare {@code --name};
 *   <li>{@code flagList(words, '--name')}: the same values split on commas (plugin lists, modes).
 * </ul>
 */
final class CommandLines {
  private CommandLines() {}

  static List<CelFunctionDecl> declarations() {
    ListType strings = ListType.create(SimpleType.STRING);
    return List.of(
        CelFunctionDecl.newFunctionDeclaration(
            "cmdline", CelOverloadDecl.newGlobalOverload("cmdline_dyn", strings, SimpleType.DYN)),
        CelFunctionDecl.newFunctionDeclaration(
            "runs",
            CelOverloadDecl.newGlobalOverload(
                "runs_dyn_string", SimpleType.BOOL, SimpleType.DYN, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "flagValues",
            CelOverloadDecl.newGlobalOverload(
                "flag_values_list_string", strings, strings, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "flagList",
            CelOverloadDecl.newGlobalOverload(
                "flag_list_list_string", strings, strings, SimpleType.STRING)));
  }

  static List<CelFunctionBinding> bindings() {
    return List.of(
        CelFunctionBinding.from("cmdline_dyn", Object.class, CommandLines::cmdline),
        CelFunctionBinding.from("runs_dyn_string", Object.class, String.class, CommandLines::runs),
        CelFunctionBinding.from(
            "flag_values_list_string", List.class, String.class, CommandLines::flagValues),
        CelFunctionBinding.from(
            "flag_list_list_string", List.class, String.class, CommandLines::flagList));
  }

  static List<String> cmdline(Object container) {
    List<String> out = new ArrayList<>();
    if (container instanceof Map<?, ?> m) {
      for (String key : List.of("command", "args")) {
        if (m.get(key) instanceof List<?> items) {
          for (Object item : items) {
            if (item == null) {
              continue;
            }
            for (String w : item.toString().strip().split("\\s+")) {
              if (!w.isEmpty()) {
                out.add(w);
              }
            }
          }
        }
      }
    }
    return out;
  }

  static boolean runs(Object container, String binary) {
    for (String w : cmdline(container)) {
      if (w.equals(binary) || w.endsWith("/" + binary)) {
        return true;
      }
    }
    if (container instanceof Map<?, ?> m
        && m.get("command") == null
        && m.get("image") instanceof String image) {
      return binary.equals(repositoryName(image));
    }
    return false;
  }

  /** {@code gcr.io/google_containers/kube-apiserver-amd64:v1.6.0} → {@code kube-apiserver}. */
  private static String repositoryName(String image) {
    String s = image;
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    s = s.substring(s.lastIndexOf('/') + 1);
    int colon = s.indexOf(':');
    if (colon >= 0) {
      s = s.substring(0, colon);
    }
    return s.replaceFirst("-(amd64|arm64|arm|ppc64le|s390x)$", "");
  }

  static List<String> flagValues(List<?> words, String flag) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = String.valueOf(words.get(i));
      if (w.startsWith(flag + "=")) {
        out.add(unquote(w.substring(flag.length() + 1)));
      } else if (w.equals(flag)) {
        String next = i + 1 < words.size() ? String.valueOf(words.get(i + 1)) : "";
        if (!next.isEmpty() && !next.startsWith("-")) {
          out.add(unquote(next));
          i++;
        } else {
          out.add("true");
        }
      }
    }
    return out;
  }

  static List<String> flagList(List<?> words, String flag) {
    List<String> out = new ArrayList<>();
    for (String v : flagValues(words, flag)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
