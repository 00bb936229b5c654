package dev.lashing.misconfig.netpol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of ports in 1..65535 as sorted, disjoint, non-adjacent inclusive ranges ({@code bounds} =
 * start0, end0, start1, end1, …). Immutable.
 */
public final class PortRanges {
  public static final int MIN = 1;
  public static final int MAX = 65535;
  public static final PortRanges NONE = new PortRanges(new int[0]);
  public static final PortRanges ALL = new PortRanges(new int[] {MIN, MAX});

  private final int[] bounds;

  private PortRanges(int[] bounds) {
    this.bounds = bounds;
  }

  /** The ports {@code from..to} clipped to 1..65535 (empty when {@code from > to}). */
  public static PortRanges range(int from, int to) {
    int a = Math.max(MIN, from);
    int b = Math.min(MAX, to);
    return a > b ? NONE : new PortRanges(new int[] {a, b});
  }

  public static PortRanges of(int port) {
    return range(port, port);
  }

  public boolean isEmpty() {
    return bounds.length == 0;
  }

  public boolean isAll() {
    return bounds.length == 2 && bounds[0] == MIN && bounds[1] == MAX;
  }

  public boolean contains(int port) {
    for (int i = 0; i < bounds.length; i += 2) {
      if (port >= bounds[i] && port <= bounds[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** The ranges as {@code [start, end]} pairs. */
  public List<int[]> ranges() {
    List<int[]> out = new ArrayList<>(bounds.length / 2);
    for (int i = 0; i < bounds.length; i += 2) {
      out.add(new int[] {bounds[i], bounds[i + 1]});
    }
    return out;
  }

  public PortRanges union(PortRanges other) {
    if (other.isEmpty() || isAll()) {
      return this;
    }
    if (isEmpty() || other.isAll()) {
      return other;
    }
    int[] merged = new int[bounds.length + other.bounds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < bounds.length || j < other.bounds.length) {
      int s;
      int e;
      if (j >= other.bounds.length || (i < bounds.length && bounds[i] <= other.bounds[j])) {
        s = bounds[i];
        e = bounds[i + 1];
        i += 2;
      } else {
        s = other.bounds[j];
        e = other.bounds[j + 1];
        j += 2;
      }
      if (n > 0 && s <= merged[n - 1] + 1) {
        merged[n - 1] = Math.max(merged[n - 1], e);
      } else {
        merged[n++] = s;
        merged[n++] = e;
      }
    }
    return new PortRanges(Arrays.copyOf(merged, n));
  }

  public PortRanges intersect(PortRanges other) {
    if (isAll()) {
      return other;
    }
    if (other.isAll()) {
      return this;
    }
    int[] out = new int[bounds.length + other.bounds.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < bounds.length && j < other.bounds.length) {
      int s = Math.max(bounds[i], other.bounds[j]);
      int e = Math.min(bounds[i + 1], other.bounds[j + 1]);
      if (s <= e) {
        out[n++] = s;
        out[n++] = e;
      }
      if (bounds[i + 1] < other.bounds[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return n == 0 ? NONE : new PortRanges(Arrays.copyOf(out, n));
  }

  /** The ports in this set and not in {@code other}. */
  public PortRanges minus(PortRanges other) {
    return intersect(other.complement());
  }

  public PortRanges complement() {
    int[] out = new int[bounds.length + 2];
    int n = 0;
    int next = MIN;
    for (int i = 0; i < bounds.length; i += 2) {
      if (bounds[i] > next) {
        out[n++] = next;
        out[n++] = bounds[i] - 1;
      }
      next = bounds[i + 1] + 1;
    }
    if (next <= MAX) {
      out[n++] = next;
      out[n++] = MAX;
    }
    return n == 0 ? NONE : new PortRanges(Arrays.copyOf(out, n));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortRanges p && Arrays.equals(bounds, p.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  /** {@code 80,443,8000-8080}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bounds.length; i += 2) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(bounds[i]);
      if (bounds[i + 1] != bounds[i]) {
        sb.append('-').append(bounds[i + 1]);
      }
    }
    return sb.toString();
  }
}
