/**
 * Configuration checks: the {@link dev.lashing.misconfig.ConfigScanner} facade over the Dockerfile
 * and Kubernetes parsers and the check catalog.
 */
@NullMarked
package dev.lashing.misconfig;

import org.jspecify.annotations.NullMarked;
