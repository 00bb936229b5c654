/** The {@code lashing} command line: thin picocli commands over the library. */
@NullMarked
package dev.lashing.cli;

import org.jspecify.annotations.NullMarked;
