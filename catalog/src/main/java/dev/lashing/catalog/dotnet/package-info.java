/**
 * .NET packages: {@code *.deps.json} of built applications and NuGet {@code packages.lock.json}.
 */
@NullMarked
package dev.lashing.catalog.dotnet;

import org.jspecify.annotations.NullMarked;
