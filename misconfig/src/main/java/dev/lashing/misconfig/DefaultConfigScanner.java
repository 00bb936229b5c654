package dev.lashing.misconfig;

import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.CheckCatalog;
import dev.lashing.misconfig.check.CheckEngine;
import dev.lashing.misconfig.check.Evaluation;
import dev.lashing.misconfig.check.SetContext;
import dev.lashing.misconfig.check.SetEvaluator;
import dev.lashing.misconfig.check.Tally;
import dev.lashing.misconfig.dockerfile.DockerfileParser;
import dev.lashing.misconfig.helm.HelmOptions;
import dev.lashing.misconfig.helm.HelmRenderer;
import dev.lashing.misconfig.helm.RenderedTemplate;
import dev.lashing.misconfig.k8s.K8sLoader;
import dev.lashing.misconfig.k8s.K8sObject;
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
  private final SetContext setContext;
  private final HelmOptions helmOptions;
  private final DockerfileParser dockerfiles = DockerfileParser.create();
  private final K8sLoader k8s = K8sLoader.create();
  private @org.jspecify.annotations.Nullable HelmRenderer helm;

  private DefaultConfigScanner(CheckEngine engine, ScanOptions options) throws MisconfigException {
    this.engine = engine;
    this.setContext = new SetContext(options.clock(), options.secretMaxAge());
    this.helmOptions = options.helm();
    SetEvaluator.start(engine.checks(), setContext); // fails now on a bad set check, not per scan
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
    return new DefaultConfigScanner(CheckEngine.create(selected), options);
  }

  @Override
  public List<Check> checks() {
    return engine.checks();
  }

  /**
   * Files are read, parsed and checked on one worker per processor; their results are merged (and
   * fed to the set checks) in input order, so the result does not depend on the thread count.
   * Charts render on the calling thread, in their place in the order.
   */
  @Override
  public ScanResult scan(List<Path> inputs) {
    Accumulator acc = accumulator();
    List<InputFiles.Input> files = InputFiles.expand(inputs, acc.errors);
    try (OrderedExecutor<FileScan> workers =
        new OrderedExecutor<>(acc::take, OrderedExecutor.defaultThreads())) {
      for (InputFiles.Input input : files) {
        if (input.kind() == InputKind.HELM_CHART) {
          workers.drain();
          scanChart(input.path(), acc);
        } else {
          workers.submit(() -> scanFile(input));
        }
      }
    }
    return acc.result();
  }

  @Override
  public ScanResult scan(String name, byte[] content) {
    Accumulator acc = accumulator();
    acc.take(scanBytes(name, null, content));
    return acc.result();
  }

  private Accumulator accumulator() {
    try {
      return new Accumulator(engine.checks(), SetEvaluator.start(engine.checks(), setContext));
    } catch (MisconfigException e) {
      throw new IllegalStateException("set checks were validated when the scanner was created", e);
    }
  }

  /** Renders a chart and scans each template's output as the manifest file it stands for. */
  private void scanChart(Path chart, Accumulator acc) {
    if (helm == null) {
      helm = HelmRenderer.create();
    }
    try {
      for (RenderedTemplate t : helm.render(chart, helmOptions)) {
        acc.take(scanText(t.file(), InputKind.KUBERNETES, t.text()));
      }
    } catch (MisconfigException e) {
      acc.errors.add(e.getMessage());
    }
  }

  private FileScan scanFile(InputFiles.Input input) {
    List<String> errors = new ArrayList<>();
    String name = input.path().toString();
    return InputFiles.read(input.path(), errors)
        .map(bytes -> scanBytes(name, input.kind(), bytes))
        .orElseGet(() -> FileScan.failed(name, errors, false));
  }

  /** {@code kind} null: sniffed from the name and text (standard input). */
  private FileScan scanBytes(
      String name, @org.jspecify.annotations.Nullable InputKind kind, byte[] bytes) {
    List<String> errors = new ArrayList<>();
    String text = decode(name, bytes, errors);
    if (text == null) {
      return FileScan.failed(name, errors, false);
    }
    return scanText(name, kind != null ? kind : InputKind.sniff(name, text), text);
  }

  private FileScan scanText(String name, InputKind kind, String text) {
    try {
      List<K8sObject> objects = List.of();
      Evaluation e =
          switch (kind) {
            case DOCKERFILE -> engine.evaluate(dockerfiles.parse(name, text));
            case KUBERNETES -> {
              objects = k8s.load(name, text);
              yield engine.evaluate(name, objects);
            }
            case HELM_CHART ->
                throw new MisconfigException(name + ": a Helm chart is a directory or a .tgz");
          };
      return new FileScan(name, e, objects, InlineIgnore.find(name, text), List.of(), true);
    } catch (MisconfigException e) {
      return FileScan.failed(name, List.of(e.getMessage()), true);
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
    final SetEvaluator set;
    int files;

    Accumulator(List<Check> checks, SetEvaluator set) {
      this.set = set;
      checks.forEach(c -> tallies.put(c.id(), Tally.ZERO));
    }

    void take(FileScan scan) {
      files += scan.counted() ? 1 : 0;
      errors.addAll(scan.errors());
      if (scan.evaluation() != null) {
        set.accept(scan.objects());
        add(scan.name(), scan.evaluation());
        ignores.addAll(scan.ignores());
      }
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

    /** Set findings count in the file they point into (a file no finding names is unchanged). */
    void addSet(Evaluation e) {
      findings.addAll(e.findings());
      e.tallies().forEach((id, t) -> tallies.merge(id, t, Tally::plus));
      for (ConfigFinding f : e.findings()) {
        Map<String, Tally> mine = perFile.get(f.file());
        if (mine != null) {
          mine.merge(f.checkId(), new Tally(1, 1), Tally::plus);
        }
      }
      warnings.addAll(e.warnings());
    }

    ScanResult result() {
      addSet(set.finish());
      return new ScanResult(findings, tallies, perFile, errors, warnings, files, ignores);
    }
  }
}
