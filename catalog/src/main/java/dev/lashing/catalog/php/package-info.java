/**
 * PHP packages: Composer's {@code vendor/composer/installed.json} (v1 array and v2 object forms)
 * and {@code composer.lock}.
 */
@NullMarked
package dev.lashing.catalog.php;

import org.jspecify.annotations.NullMarked;
