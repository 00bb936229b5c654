/**
 * CycloneDX 1.6, JSON and XML, through the CycloneDX library's model, generators and parsers. The
 * subject is {@code metadata.component} (type container, or file for a directory), each package a
 * component of type library with purl, licenses, {@code evidence.occurrences} and {@code lashing:*}
 * properties for what CycloneDX has no field for; the OS an operating-system component.
 */
@NullMarked
package dev.lashing.sbom.cyclonedx;

import org.jspecify.annotations.NullMarked;
