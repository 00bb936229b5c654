package dev.lashing.model.version;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Maven's {@code ComparableVersion} order. The lower-cased version is cut at '.', at '-' and at
 * every letter/digit change; '-' and a letter/digit change open a nested list. Items are numbers,
 * qualifiers and lists; trailing "null" items (0, the release qualifier, empty lists) are removed
 * from every list. Qualifiers rank alpha (a) < beta (b) < milestone (m) < rc (cr) < snapshot <
 * release ("", ga, final, release) < sp < any other word (alphabetical); the one-letter aliases
 * apply only right before a digit. A number beats a list, which beats a qualifier.
 *
 * <p>Every string parses, so there is no separate fallback; {@link #isValid} rejects only empty and
 * blank strings and characters Maven forbids in versions.
 */
final class MavenVersion {
  private MavenVersion() {}

  sealed interface Item permits Num, Word, Items {}

  record Num(String digits) implements Item {}

  record Word(String rank) implements Item {}

  record Items(List<Item> items) implements Item {}

  private static final List<String> QUALIFIERS =
      List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");

  static boolean isValid(String v) {
    return !v.isBlank() && v.chars().noneMatch(c -> c <= ' ' || "/\\:<>|?*\"".indexOf(c) >= 0);
  }

  static int compare(String a, String b) {
    return compareItem(parse(a), parse(b));
  }

  static Item word(String raw, boolean followedByDigit) {
    String v = raw;
    if (followedByDigit && v.length() == 1) {
      v =
          switch (v) {
            case "a" -> "alpha";
            case "b" -> "beta";
            case "m" -> "milestone";
            default -> v;
          };
    }
    v =
        switch (v) {
          case "ga", "final", "release" -> "";
          case "cr" -> "rc";
          default -> v;
        };
    int i = QUALIFIERS.indexOf(v);
    return new Word(i < 0 ? QUALIFIERS.size() + "-" + v : String.valueOf(i));
  }

  private static Item number(String digits) {
    return new Num(Digits.stripZeros(digits));
  }

  static Items parse(String version) {
    String v = version.toLowerCase(Locale.ROOT);
    List<Item> root = new ArrayList<>();
    List<Item> list = root;
    Deque<List<Item>> stack = new ArrayDeque<>();
    stack.push(list);
    boolean isDigit = false;
    int start = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '.' || c == '-') {
        list.add(i == start ? new Num("") : item(isDigit, v.substring(start, i), false));
        start = i + 1;
        if (c == '-') {
          list = openList(list, stack);
        }
      } else if (Digits.isDigit(c)) {
        if (!isDigit && i > start) {
          list.add(word(v.substring(start, i), true));
          start = i;
          list = openList(list, stack);
        }
        isDigit = true;
      } else {
        if (isDigit && i > start) {
          list.add(number(v.substring(start, i)));
          start = i;
          list = openList(list, stack);
        }
        isDigit = false;
      }
    }
    if (v.length() > start) {
      list.add(item(isDigit, v.substring(start), false));
    }
    while (!stack.isEmpty()) {
      normalize(stack.pop());
    }
    return freeze(root);
  }

  private static Items freeze(List<Item> items) {
    List<Item> out = new ArrayList<>();
    for (Item it : items) {
      out.add(it instanceof Items(List<Item> inner) ? freeze(inner) : it);
    }
    return new Items(List.copyOf(out));
  }

  private static List<Item> openList(List<Item> list, Deque<List<Item>> stack) {
    List<Item> sub = new ArrayList<>();
    list.add(new Items(sub));
    stack.push(sub);
    return sub;
  }

  private static Item item(boolean isDigit, String text, boolean followedByDigit) {
    return isDigit ? number(text) : word(text, followedByDigit);
  }

  private static boolean isNull(Item item) {
    return switch (item) {
      case Num n -> n.digits().isEmpty();
      case Word w -> w.rank().equals("5");
      case Items l -> l.items().isEmpty();
    };
  }

  private static void normalize(List<Item> list) {
    for (int i = list.size() - 1; i >= 0; i--) {
      Item last = list.get(i);
      if (isNull(last)) {
        list.remove(i);
      } else if (!(last instanceof Items)) {
        break;
      }
    }
  }

  /** ComparableVersion's item order; {@code b == null} means "no item here". */
  static int compareItem(Item a, @Nullable Item b) {
    return switch (a) {
      case Num n ->
          switch (b) {
            case null -> n.digits().isEmpty() ? 0 : 1;
            case Num m -> Digits.compareNumeric(n.digits(), m.digits());
            default -> 1;
          };
      case Word w ->
          switch (b) {
            case null -> Integer.signum(w.rank().compareTo("5"));
            case Word x -> Integer.signum(w.rank().compareTo(x.rank()));
            default -> -1;
          };
      case Items l ->
          switch (b) {
            case null -> compareToNothing(l.items());
            case Num m -> -1;
            case Word x -> 1;
            case Items r -> compareLists(l.items(), r.items());
          };
    };
  }

  /** A list against a missing item: its first item that differs from "nothing" decides. */
  private static int compareToNothing(List<Item> items) {
    for (Item it : items) {
      int c = compareItem(it, null);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareLists(List<Item> l, List<Item> r) {
    for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
      Item x = i < l.size() ? l.get(i) : null;
      Item y = i < r.size() ? r.get(i) : null;
      int c = x == null ? (y == null ? 0 : -compareItem(y, null)) : compareItem(x, y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
