/**
 * An image's own configuration and build history checked as if they were its Dockerfile: root user,
 * exposed port 22, secrets in ENV, risky RUN steps — each finding tied to the history step that
 * made it.
 */
@NullMarked
package dev.lashing.misconfig.imageconfig;

import org.jspecify.annotations.NullMarked;
