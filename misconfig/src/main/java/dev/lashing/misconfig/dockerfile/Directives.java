package dev.lashing.misconfig.dockerfile;

import org.jspecify.annotations.Nullable;

/**
 * Parser directives from the top of a Dockerfile ({@code # syntax=}, {@code # escape=}, {@code #
 * check=}).
 */
public record Directives(char escape, @Nullable String syntax, @Nullable String check) {
  public static final Directives DEFAULT = new Directives('\\', null, null);
}
