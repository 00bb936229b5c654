/**
 * Helm charts: a chart directory or packaged {@code .tgz} rendered in-process (helm-java, Helm's
 * own engine as a native library) with the chart's defaults, values files and {@code --set} values,
 * then split into one text per template so findings point into {@code templates/x.yaml}.
 */
@NullMarked
package dev.lashing.misconfig.helm;

import org.jspecify.annotations.NullMarked;
