package dev.lashing.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point of the {@code lashing} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * The environment a command runs with: the one {@link #run} was given (tests pass their own),
   * which is also where {@code LASHING_*} option defaults come from.
   */
  public static Map<String, String> environment(CommandSpec spec) {
    return spec.root().commandLine().getDefaultValueProvider() instanceof ConfigDefaults d
        ? d.env()
        : System.getenv();
  }

  /** Runs one command line; returns the exit code. Used by tests without a new JVM. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Answered before picocli builds its model: picocli's Java 5 class files cannot go into the
      // AOT cache and its reflection runs interpreted, most of a cold start. Same text as picocli.
      for (String line : new VersionInfo().getVersion()) {
        out.println(line);
      }
      out.flush();
      return ExitCodes.OK;
    }
    LashingCommand root = new LashingCommand();
    CommandLine cl = commandLine(root, args);
    cl.setOut(out);
    cl.setErr(err);
    try {
      cl.setDefaultValueProvider(ConfigDefaults.load(args, env));
    } catch (ConfigDefaults.ConfigException e) {
      err.println("lashing: error: " + ErrorHandler.oneLine(String.valueOf(e.getMessage())));
      err.flush();
      return ExitCodes.ERROR;
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ErrorHandler(root));
    cl.setParameterExceptionHandler(ErrorHandler::usage);
    cl.setExitCodeExceptionMapper(t -> ExitCodes.ERROR);
    return cl.execute(args);
  }

  /**
   * The command tree for these arguments. Building a command's model is most of picocli's start-up
   * cost, so only the subcommand the arguments name is added; all of them only when none is named
   * and help is asked for (the root's help lists them).
   */
  static CommandLine commandLine(LashingCommand root, String[] args) {
    CommandLine cl = new CommandLine(root);
    String named = firstPositional(args);
    boolean help = List.of(args).contains("--help") || List.of(args).contains("-h");
    for (Class<?> command : LashingCommand.COMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      if (name.equals(named) || (named == null && help) || (named != null && !isCommand(named))) {
        cl.addSubcommand(name, command);
      }
    }
    return cl;
  }

  private static boolean isCommand(String name) {
    return LashingCommand.COMMANDS.stream()
        .anyMatch(c -> c.getAnnotation(Command.class).name().equals(name));
  }

  /** The first argument that is not a root option (or the value of --config). */
  private static @Nullable String firstPositional(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--config")) {
        i++;
      } else if (a.equals("--")) {
        return i + 1 < args.length ? args[i + 1] : null;
      } else if (!a.startsWith("-")) {
        return a;
      }
    }
    return null;
  }
}
