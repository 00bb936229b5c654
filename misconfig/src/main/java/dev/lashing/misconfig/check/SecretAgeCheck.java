package dev.lashing.misconfig.check;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.k8s.ObjectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Secrets not rotated within the configured age: the {@code lashing.dev/rotated-at} annotation (RFC
 * 3339) when present and valid, else {@code metadata.creationTimestamp} (a Secret is replaced, not
 * edited, when rotated by most tools). Secrets with neither are not judged.
 */
final class SecretAgeCheck implements SetCheck.Collector {
  static final String ROTATED_AT = "lashing.dev/rotated-at";

  private final SetContext context;
  private final List<SetHit> hits = new ArrayList<>();
  private int subjects;

  SecretAgeCheck(SetContext context) {
    this.context = context;
  }

  @Override
  public void accept(K8sObject o) {
    if (o.objectKind() != ObjectKind.SECRET) {
      return;
    }
    Optional<Instant> rotated = K8sObject.instant(o.annotations().get(ROTATED_AT));
    String path =
        rotated.isPresent()
            ? "metadata.annotations['" + ROTATED_AT + "']"
            : "metadata.creationTimestamp";
    Optional<Instant> since = rotated.or(o::creationTimestamp);
    if (since.isEmpty()) {
      return;
    }
    subjects++;
    Instant now = context.clock().instant();
    Duration age = Duration.between(since.get(), now);
    if (age.compareTo(context.secretMaxAge()) > 0) {
      hits.add(
          SetHit.at(
              o,
              path,
              null,
              "Secret '"
                  + o.name()
                  + "' last rotated "
                  + since.get()
                  + ", "
                  + age.toDays()
                  + " days ago (limit "
                  + context.secretMaxAge().toDays()
                  + " days)"));
    }
  }

  @Override
  public SetCheck.Outcome finish() {
    return new SetCheck.Outcome(hits, subjects);
  }
}
