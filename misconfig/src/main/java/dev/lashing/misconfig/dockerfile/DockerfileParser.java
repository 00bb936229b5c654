package dev.lashing.misconfig.dockerfile;

import dev.lashing.misconfig.MisconfigException;

/** Parses Dockerfile text. Hostile input yields a one-line {@code file:line: what} error. */
public interface DockerfileParser {

  /** Largest Dockerfile accepted, in characters. */
  int MAX_CHARS = 4 * 1024 * 1024;

  Dockerfile parse(String file, String text) throws MisconfigException;

  static DockerfileParser create() {
    return new DefaultDockerfileParser();
  }
}
