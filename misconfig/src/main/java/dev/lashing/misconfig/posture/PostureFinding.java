package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.ObjectRef;
import dev.lashing.model.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One finding of any analysis: the rule id, where to fix it ({@code file:line:column}), the
 * namespace it concerns ({@code null} = cluster-wide or none), the object, the subject where the
 * finding is about an identity ({@code ServiceAccount:web:api}), and the other places involved
 * (bindings, roles, workloads).
 */
public record PostureFinding(
    String ruleId,
    Severity severity,
    String title,
    String message,
    @Nullable String namespace,
    @Nullable ObjectRef object,
    @Nullable String subject,
    String file,
    int line,
    int column,
    List<Related> related,
    String analysis) {
  public PostureFinding {
    related = List.copyOf(related);
  }
}
