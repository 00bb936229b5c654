/** The SARIF 2.1.0 log skeleton every SARIF writer of {@code report} starts from. */
@NullMarked
package dev.lashing.report.sarif;

import org.jspecify.annotations.NullMarked;
