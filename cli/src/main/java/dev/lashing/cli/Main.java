package dev.lashing.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code lashing} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line; returns the exit code. Used by tests without a new JVM. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    LashingCommand root = new LashingCommand();
    CommandLine cl = new CommandLine(root);
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
}
