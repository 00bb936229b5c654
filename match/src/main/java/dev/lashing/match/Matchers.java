package dev.lashing.match;

import dev.lashing.match.distro.DistroMatcher;
import dev.lashing.match.language.LanguageMatcher;
import java.util.List;

/** The matcher registry: one literal, ordered list. Adding a matcher is one line here. */
public final class Matchers {
  private Matchers() {}

  public static List<Matcher> defaults() {
    return List.of(DistroMatcher.create(), LanguageMatcher.create());
  }
}
