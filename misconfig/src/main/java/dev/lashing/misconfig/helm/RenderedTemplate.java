package dev.lashing.misconfig.helm;

/**
 * The rendered output of one template of a chart: {@code file} is the template's path as findings
 * name it (the chart path given plus the path below the chart, e.g. {@code deploy/web/templates/
 * deployment.yaml}; for a packaged chart {@code web-1.0.0.tgz!/web/templates/deployment.yaml}),
 * {@code text} the manifests Helm rendered from it, documents in order, separated by {@code ---}.
 * Line numbers in findings are lines of this text.
 */
public record RenderedTemplate(String file, String text) {}
