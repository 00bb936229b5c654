package dev.lashing.misconfig.dockerfile;

/**
 * A here-document of RUN/COPY/ADD. {@code stripTabs} for {@code <<-EOF}; {@code quoted} when the
 * delimiter was quoted (no expansion inside); {@code line} is the first content line.
 */
public record Heredoc(
    String delimiter, boolean stripTabs, boolean quoted, String content, int line) {}
