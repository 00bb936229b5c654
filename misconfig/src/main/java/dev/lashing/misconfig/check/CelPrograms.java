package dev.lashing.misconfig.check;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.extensions.CelOptionalLibrary;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.lashing.misconfig.MisconfigException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The one CEL environment for checks; each expression is compiled once into a program. */
final class CelPrograms {
  private static final MapType DYN_MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);
  private static final Cel CEL = build();

  private CelPrograms() {}

  private static Cel build() {
    CelOptions options =
        CelOptions.current()
            .enableOptionalSyntax(true)
            .enableHeterogeneousNumericComparisons(true)
            .build();
    return CelFactory.standardCelBuilder()
        .setOptions(options)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .addCompilerLibraries(
            CelExtensions.strings(),
            CelExtensions.bindings(),
            CelExtensions.lists(),
            CelExtensions.sets(options),
            CelOptionalLibrary.INSTANCE)
        .addRuntimeLibraries(
            CelExtensions.strings(),
            CelExtensions.lists(),
            CelExtensions.sets(options),
            CelOptionalLibrary.INSTANCE)
        .addVar("instruction", DYN_MAP)
        .addVar("stage", DYN_MAP)
        .addVar("dockerfile", DYN_MAP)
        .addVar("object", DYN_MAP)
        .addVar("spec", DYN_MAP)
        .addVar("podMeta", DYN_MAP)
        .addVar("container", DYN_MAP)
        .addVar("containerType", SimpleType.STRING)
        .addFunctionDeclarations(CommandLines.declarations())
        .addFunctionBindings(CommandLines.bindings())
        .build();
  }

  /**
   * Compiled programs by expression text. Programs are immutable and thread-safe, and the set of
   * expressions is bounded by the check files loaded, so scanners created again reuse them.
   */
  private static final Map<String, JavaCheck> CACHE = new ConcurrentHashMap<>();

  /** Compiles {@code expression} (from check {@code source}) into a reusable program. */
  static JavaCheck compile(String source, String expression) throws MisconfigException {
    JavaCheck cached = CACHE.get(expression);
    if (cached != null) {
      return cached;
    }
    JavaCheck compiled = compileOnce(source, expression);
    CACHE.putIfAbsent(expression, compiled);
    return compiled;
  }

  private static JavaCheck compileOnce(String source, String expression) throws MisconfigException {
    CelAbstractSyntaxTree ast;
    dev.cel.runtime.CelRuntime.Program program;
    try {
      ast = CEL.compile(expression).getAst();
      program = CEL.createProgram(ast);
    } catch (CelValidationException e) {
      throw MisconfigException.at(source, 0, "CEL does not compile: " + oneLine(e.getMessage()));
    } catch (CelEvaluationException e) {
      throw MisconfigException.at(source, 0, "CEL program: " + oneLine(e.getMessage()));
    }
    return vars -> {
      try {
        // a resolver over the map: no per-evaluation copy of the variables (Activation.copyOf)
        return program.eval(name -> java.util.Optional.ofNullable(vars.get(name)));
      } catch (CelEvaluationException e) {
        throw new IllegalStateException(oneLine(e.getMessage()), e);
      }
    };
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
