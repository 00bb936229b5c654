/**
 * Java archives (jar, war, ear, par, Jenkins plugins): Maven coordinates from {@code
 * META-INF/maven/**}{@code /pom.properties}, manifest fallbacks, nested archives.
 */
@NullMarked
package dev.lashing.catalog.java;

import org.jspecify.annotations.NullMarked;
