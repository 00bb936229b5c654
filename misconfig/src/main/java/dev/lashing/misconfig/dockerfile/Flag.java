package dev.lashing.misconfig.dockerfile;

import org.jspecify.annotations.Nullable;

/** An instruction flag such as {@code --platform=linux/amd64} or a bare {@code --link}. */
public record Flag(String name, @Nullable String value) {}
