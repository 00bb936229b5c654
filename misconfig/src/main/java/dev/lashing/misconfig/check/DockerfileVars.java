package dev.lashing.misconfig.check;

import dev.lashing.misconfig.dockerfile.Dockerfile;
import dev.lashing.misconfig.dockerfile.Flag;
import dev.lashing.misconfig.dockerfile.Heredoc;
import dev.lashing.misconfig.dockerfile.Instruction;
import dev.lashing.misconfig.dockerfile.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CEL variables of a Dockerfile, built once per file (see {@link Scope}). */
final class DockerfileVars {
  final List<Map<String, Object>> instructions = new ArrayList<>();
  final List<Map<String, Object>> stages = new ArrayList<>();
  final Map<String, Object> dockerfile;

  DockerfileVars(Dockerfile file) {
    for (Instruction i : file.instructions()) {
      instructions.add(instruction(i));
    }
    for (Stage s : file.stages()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("index", (long) s.index());
      m.put("name", s.name() == null ? "" : s.name());
      m.put("image", s.image());
      m.put("platform", s.platform() == null ? "" : s.platform());
      m.put("line", (long) s.line());
      m.put("last", s.index() == file.stages().size() - 1);
      m.put("instructions", s.instructions().stream().map(DockerfileVars::instruction).toList());
      stages.add(m);
    }
    dockerfile = Map.of("instructions", instructions, "stages", stages);
  }

  static Map<String, Object> instruction(Instruction i) {
    Map<String, Object> flags = new LinkedHashMap<>();
    for (Flag f : i.flags()) {
      flags.put(f.name(), f.value() == null ? "" : f.value());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cmd", i.keyword());
    m.put("value", i.value());
    m.put("words", i.words());
    m.put("flags", flags);
    m.put("json", i.json());
    m.put("heredocs", i.heredocs().stream().map(Heredoc::content).toList());
    m.put("line", (long) i.line());
    m.put("stage", (long) i.stage());
    return m;
  }
}
