package dev.lashing.misconfig;

import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.CheckCatalog;
import dev.lashing.misconfig.check.CheckEngine;
import dev.lashing.misconfig.check.Evaluation;
import dev.lashing.misconfig.check.Tally;
import dev.lashing.misconfig.dockerfile.DockerfileParser;
import dev.lashing.misconfig.k8s.K8sLoader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class DefaultConfigScanner implements ConfigScanner {
  private final CheckEngine engine;
  private final DockerfileParser dockerfiles = DockerfileParser.create();
  private final K8sLoader k8s = K8sLoader.create();

  private DefaultConfigScanner(CheckEngine engine) {
    this.engine = engine;
  }

  static ConfigScanner create(ScanOptions options) throws MisconfigException {
    List<Check> all = CheckCatalog.load(options.checkDirs());
    Set<String> known = new HashSet<>();
    all.forEach(c -> known.add(c.id()));
    for (Set<String> ids : List.of(options.include(), options.skip())) {
      for (String id : ids) {
        if (!known.contains(id)) {
          throw new MisconfigException("unknown check id '" + id + "' (see the check list)");
        }
      }
    }
    List<Check> selected =
        all.stream()
            .filter(c -> options.include().isEmpty() || options.include().contains(c.id()))
            .filter(c -> !options.skip().contains(c.id()))
            .filter(c -> c.severity().atLeast(options.minSeverity()))
            .toList();
    return new DefaultConfigScanner(CheckEngine.create(selected));
  }

  @Override
  public List<Check> checks() {
    return engine.checks();
  }

  @Override
  public ScanResult scan(List<Path> inputs) {
    Accumulator acc = new Accumulator(engine.checks());
    for (InputFiles.Input input : InputFiles.expand(inputs, acc.errors)) {
      InputFiles.read(input.path(), acc.errors)
          .ifPresent(bytes -> scanOne(input.path().toString(), input.kind(), bytes, acc));
    }
    return acc.result();
  }

  @Override
  public ScanResult scan(String name, byte[] content) {
    Accumulator acc = new Accumulator(engine.checks());
    String text = decode(name, content, acc.errors);
    if (text != null) {
      scanText(name, InputKind.sniff(name, text), text, acc);
    }
    return acc.result();
  }

  private void scanOne(String name, InputKind kind, byte[] bytes, Accumulator acc) {
    String text = decode(name, bytes, acc.errors);
    if (text != null) {
      scanText(name, kind, text, acc);
    }
  }

  private void scanText(String name, InputKind kind, String text, Accumulator acc) {
    acc.files++;
    try {
      Evaluation e =
          switch (kind) {
            case DOCKERFILE -> engine.evaluate(dockerfiles.parse(name, text));
            case KUBERNETES -> engine.evaluate(name, k8s.load(name, text));
          };
      acc.add(name, e);
      acc.ignores.addAll(InlineIgnore.find(name, text));
    } catch (MisconfigException e) {
      acc.errors.add(e.getMessage());
    }
  }

  private static @org.jspecify.annotations.Nullable String decode(
      String name, byte[] bytes, List<String> errors) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      errors.add(name + ": not UTF-8 text; skipped");
      return null;
    }
  }

  private static final class Accumulator {
    final List<ConfigFinding> findings = new ArrayList<>();
    final Map<String, Tally> tallies = new LinkedHashMap<>();
    final List<String> errors = new ArrayList<>();
    final Map<String, Map<String, Tally>> perFile = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();
    final List<InlineIgnore> ignores = new ArrayList<>();
    int files;

    Accumulator(List<Check> checks) {
      checks.forEach(c -> tallies.put(c.id(), Tally.ZERO));
    }

    void add(String file, Evaluation e) {
      findings.addAll(e.findings());
      e.tallies().forEach((id, t) -> tallies.merge(id, t, Tally::plus));
      Map<String, Tally> mine = perFile.computeIfAbsent(file, f -> new LinkedHashMap<>());
      tallies.keySet().stream()
          .filter(id -> e.tallies().getOrDefault(id, Tally.ZERO).evaluated() > 0)
          .forEach(id -> mine.merge(id, e.tallies().get(id), Tally::plus));
      warnings.addAll(e.warnings());
    }

    ScanResult result() {
      return new ScanResult(findings, tallies, perFile, errors, warnings, files, ignores);
    }
  }
}
