/**
 * Debian packages: the dpkg database ({@code /var/lib/dpkg/status}, distroless {@code
 * /var/lib/dpkg/status.d/*}), the files each package owns ({@code info/<pkg>.list}, {@code
 * .md5sums}, {@code .conffiles}) and its licenses ({@code /usr/share/doc/<pkg>/copyright}).
 */
@NullMarked
package dev.lashing.catalog.dpkg;

import org.jspecify.annotations.NullMarked;
