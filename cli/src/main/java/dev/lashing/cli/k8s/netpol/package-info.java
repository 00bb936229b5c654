/** {@code lashing k8s netpol}: NetworkPolicy reachability, findings and diffs over manifests. */
@NullMarked
package dev.lashing.cli.k8s.netpol;

import org.jspecify.annotations.NullMarked;
