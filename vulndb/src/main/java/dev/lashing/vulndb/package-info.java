/**
 * Vulnerability data: one package per upstream source ({@code vulndb.osv}, {@code vulndb.debian},
 * ...), each a {@link dev.lashing.vulndb.VulnSource} that turns the upstream format into {@link
 * dev.lashing.model.vuln.Advisory} records and enrichments written to a {@link
 * dev.lashing.vulndb.RecordSink}; and the local store they fill, read at scan time through {@link
 * dev.lashing.vulndb.VulnStore}. Nothing here touches the network at scan time.
 */
@NullMarked
package dev.lashing.vulndb;

import org.jspecify.annotations.NullMarked;
