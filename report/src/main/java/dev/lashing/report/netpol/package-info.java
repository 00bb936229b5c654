/**
 * Renderers for NetworkPolicy reachability: connection list, JSON, DOT, Mermaid, findings, diff.
 */
@NullMarked
package dev.lashing.report.netpol;

import org.jspecify.annotations.NullMarked;
