/** {@code lashing version ...}: version ordering per ecosystem, for analysts checking verdicts. */
@NullMarked
package dev.lashing.cli.version;

import org.jspecify.annotations.NullMarked;
