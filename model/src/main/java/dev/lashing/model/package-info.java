/** Values shared by every pipeline stage. No I/O happens here. */
@NullMarked
package dev.lashing.model;

import org.jspecify.annotations.NullMarked;
