/**
 * Secret scan reports: table, JSON and SARIF over {@link dev.lashing.report.secret.SecretReport}.
 */
@NullMarked
package dev.lashing.report.secret;

import org.jspecify.annotations.NullMarked;
