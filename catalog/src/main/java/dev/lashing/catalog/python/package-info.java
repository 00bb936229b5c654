/**
 * Python packages: installed distributions ({@code *.dist-info/METADATA}, {@code
 * *.egg-info/PKG-INFO}, {@code .egg} archives) and declared ones ({@code requirements*.txt}, {@code
 * poetry.lock}, {@code Pipfile.lock}, {@code uv.lock}).
 */
@NullMarked
package dev.lashing.catalog.python;

import org.jspecify.annotations.NullMarked;
