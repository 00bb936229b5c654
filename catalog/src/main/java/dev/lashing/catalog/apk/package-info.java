/** Alpine packages: the apk database {@code /lib/apk/db/installed}. */
@NullMarked
package dev.lashing.catalog.apk;

import org.jspecify.annotations.NullMarked;
