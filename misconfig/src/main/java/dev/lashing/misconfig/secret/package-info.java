/**
 * Secret scanning of files, directories and every layer of an image: rules as data ({@code
 * secrets/rules.yaml}), matched with RE2/J (linear time) after a keyword prefilter; findings carry
 * a redacted value only, and in images the layer and history step that added the secret.
 */
@NullMarked
package dev.lashing.misconfig.secret;

import org.jspecify.annotations.NullMarked;
