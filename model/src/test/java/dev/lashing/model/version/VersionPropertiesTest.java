package dev.lashing.model.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every scheme is a total preorder over realistic and arbitrary strings. */
class VersionPropertiesTest {

  /** A scheme with three strings drawn from its generator. */
  record Case(VersionScheme scheme, String a, String b, String c) {}

  private static final List<VersionScheme> ALL = List.copyOf(VersionTableTest.SCHEMES.values());

  /** Version-like strings built from the pieces each ecosystem uses, plus noise. */
  static Arbitrary<String> versions() {
    Arbitrary<String> number =
        Arbitraries.of("0", "1", "2", "9", "10", "01", "007", "123456789012345678901");
    Arbitrary<String> word =
        Arbitraries.of(
            "a",
            "b",
            "m",
            "c",
            "alpha",
            "beta",
            "rc",
            "pre",
            "dev",
            "post",
            "p",
            "pl",
            "git",
            "cvs",
            "final",
            "ga",
            "sp",
            "snapshot",
            "SNAPSHOT",
            "r",
            "el9",
            "deb12u1",
            "x",
            "X",
            "*");
    Arbitrary<String> sep = Arbitraries.of(".", ".", ".", "-", "_", "+", "~", "^", ":", "!", "");
    Arbitrary<String> piece =
        Arbitraries.oneOf(number, number, word).flatMap(p -> sep.map(s -> p + s));
    Arbitrary<String> realistic =
        piece.list().ofMinSize(1).ofMaxSize(7).map(l -> String.join("", l));
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("0123456789.-_+~^:!vrpab ").ofMaxLength(10);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, realistic),
        net.jqwik.api.Tuple.of(2, noise),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(Arbitraries.of(ALL), versions(), versions(), versions())
        .as(Case::new);
  }

  @Property(tries = 3000)
  void reflexive(@ForAll("cases") Case k) {
    assertThat(k.scheme().compare(k.a(), k.a())).isZero();
  }

  @Property(tries = 3000)
  void antisymmetric(@ForAll("cases") Case k) {
    int ab = Integer.signum(k.scheme().compare(k.a(), k.b()));
    int ba = Integer.signum(k.scheme().compare(k.b(), k.a()));
    assertThat(ab).as("%s: %s vs %s", k.scheme(), k.a(), k.b()).isEqualTo(-ba);
  }

  @Property(tries = 100000)
  void transitive(@ForAll("cases") Case k) {
    List<String> s = new ArrayList<>(List.of(k.a(), k.b(), k.c()));
    VersionScheme v = k.scheme();
    // Maven's own ComparableVersion is not transitive on strings outside its grammar: with
    // maven-artifact 3.9.11, 0a0 < "" < "_" < 0a0. We order as Maven does, so for Maven the
    // property is checked on alphanumeric versions with Maven's separators only.
    net.jqwik.api.Assume.that(
        !v.name().equals("maven")
            || s.stream().allMatch(x -> x.matches("[0-9A-Za-z][0-9A-Za-z.-]*")));
    for (String x : s) {
      for (String y : s) {
        for (String z : s) {
          if (v.compare(x, y) <= 0 && v.compare(y, z) <= 0) {
            assertThat(v.compare(x, z)).as("%s: %s <= %s <= %s", v, x, y, z).isLessThanOrEqualTo(0);
          }
        }
      }
    }
  }

  @Property(tries = 500)
  void sortAgreesWithCompare(@ForAll("cases") Case k, @ForAll("lists") List<String> more) {
    List<String> in = new ArrayList<>(more);
    in.addAll(List.of(k.a(), k.b(), k.c()));
    List<String> sorted = new ArrayList<>(in);
    sorted.sort(k.scheme().comparator());
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(k.scheme().compare(sorted.get(i - 1), sorted.get(i))).isLessThanOrEqualTo(0);
    }
    assertThat(sorted).containsExactlyInAnyOrderElementsOf(in);
  }

  @Provide
  Arbitrary<List<String>> lists() {
    return versions().list().ofMaxSize(12);
  }
}
