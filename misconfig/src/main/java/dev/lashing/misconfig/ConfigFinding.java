package dev.lashing.misconfig;

import dev.lashing.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One failed check at one place: the check, the file and 1-based line/column it points at, and for
 * Kubernetes the object and container (null where not applicable).
 */
public record ConfigFinding(
    String checkId,
    Severity severity,
    String title,
    String message,
    String file,
    int line,
    int column,
    @Nullable ObjectRef object,
    @Nullable String container) {}
