/** {@code lashing db}: update, import, export and describe the local vulnerability database. */
@NullMarked
package dev.lashing.cli.db;

import org.jspecify.annotations.NullMarked;
