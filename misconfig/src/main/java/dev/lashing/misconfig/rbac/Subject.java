package dev.lashing.misconfig.rbac;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who a binding grants to: a user, a group or a service account ({@code namespace} only for service
 * accounts). Written {@code User:alice}, {@code Group:dev}, {@code ServiceAccount:ns:name}.
 */
public record Subject(Kind kind, String name, @Nullable String namespace) {

  /** The kinds of RBAC subject. */
  public enum Kind {
    USER("User"),
    GROUP("Group"),
    SERVICE_ACCOUNT("ServiceAccount");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static final String AUTHENTICATED = "system:authenticated";
  public static final String UNAUTHENTICATED = "system:unauthenticated";
  public static final String ALL_SERVICE_ACCOUNTS = "system:serviceaccounts";
  public static final String SA_PREFIX = "system:serviceaccount:";

  public static Subject user(String name) {
    return new Subject(Kind.USER, name, null);
  }

  public static Subject group(String name) {
    return new Subject(Kind.GROUP, name, null);
  }

  public static Subject serviceAccount(String namespace, String name) {
    return new Subject(Kind.SERVICE_ACCOUNT, name, namespace);
  }

  /**
   * Parses {@code User:alice}, {@code Group:x}, {@code ServiceAccount:ns:name}, {@code
   * system:serviceaccount:ns:name} (the user name a service account authenticates as) or {@code
   * sa:ns:name}. Kinds are case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static Subject parse(String text) {
    String t = text.strip();
    if (t.startsWith(SA_PREFIX)) {
      return sa(t.substring(SA_PREFIX.length()), text);
    }
    int colon = t.indexOf(':');
    if (colon > 0 && colon < t.length() - 1) {
      String kind = t.substring(0, colon).toLowerCase(Locale.ROOT);
      String rest = t.substring(colon + 1);
      switch (kind) {
        case "user", "u" -> {
          return rest.startsWith(SA_PREFIX)
              ? sa(rest.substring(SA_PREFIX.length()), text)
              : user(rest);
        }
        case "group", "g" -> {
          return group(rest);
        }
        case "serviceaccount", "sa" -> {
          return sa(rest, text);
        }
        default -> {}
      }
    }
    throw new IllegalArgumentException(
        "cannot read subject '"
            + text
            + "' (expected User:NAME, Group:NAME, ServiceAccount:NAMESPACE:NAME or"
            + " system:serviceaccount:NAMESPACE:NAME)");
  }

  private static Subject sa(String nsAndName, String original) {
    int colon = nsAndName.indexOf(':');
    if (colon <= 0 || colon == nsAndName.length() - 1) {
      throw new IllegalArgumentException(
          "cannot read service account '" + original + "' (expected NAMESPACE:NAME)");
    }
    return serviceAccount(nsAndName.substring(0, colon), nsAndName.substring(colon + 1));
  }

  /**
   * The groups Kubernetes adds to this subject when it authenticates: {@code system:authenticated}
   * for users and service accounts (except {@code system:anonymous}, which is in {@code
   * system:unauthenticated}), plus {@code system:serviceaccounts} and {@code
   * system:serviceaccounts:NS} for a service account. A group has none.
   */
  public List<Subject> implicitGroups() {
    List<Subject> out = new ArrayList<>();
    switch (kind) {
      case USER -> {
        if (name.equals("system:anonymous")) {
          out.add(group(UNAUTHENTICATED));
        } else {
          out.add(group(AUTHENTICATED));
        }
      }
      case SERVICE_ACCOUNT -> {
        out.add(group(AUTHENTICATED));
        out.add(group(ALL_SERVICE_ACCOUNTS));
        out.add(group(ALL_SERVICE_ACCOUNTS + ":" + namespace));
      }
      case GROUP -> {}
    }
    return List.copyOf(out);
  }

  /**
   * A Kubernetes identity rather than a person or workload: a {@code system:} user or group other
   * than the broad groups every caller is in ({@code system:authenticated}, {@code
   * system:unauthenticated}, {@code system:serviceaccounts[:NS]}) and other than {@code
   * system:anonymous}.
   */
  public boolean isSystem() {
    if (kind == Kind.SERVICE_ACCOUNT) {
      return false;
    }
    if (!name.startsWith("system:")) {
      return false;
    }
    return !isBroadGroup() && !name.equals("system:anonymous") && !name.startsWith(SA_PREFIX);
  }

  /**
   * {@code system:authenticated}, {@code system:unauthenticated}, {@code system:serviceaccounts*}.
   */
  public boolean isBroadGroup() {
    return kind == Kind.GROUP
        && (name.equals(AUTHENTICATED)
            || name.equals(UNAUTHENTICATED)
            || name.equals(ALL_SERVICE_ACCOUNTS)
            || name.startsWith(ALL_SERVICE_ACCOUNTS + ":"));
  }

  @Override
  public String toString() {
    return kind == Kind.SERVICE_ACCOUNT
        ? kind.label() + ":" + namespace + ":" + name
        : kind.label() + ":" + name;
  }
}
