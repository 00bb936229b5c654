package dev.lashing.misconfig.netpol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * network-config-analyzer's expected connectivity (fw-rules YAML/JSON, or the {@code
 * txt_no_fw_rules} list) expanded over the endpoints of a {@link ConnectivityMap} into {@code
 * "src|dst" → connections}. Self pairs are dropped (Lashing does not list them). Test helper.
 */
final class NcaExpected {
  private NcaExpected() {}

  static Map<String, Connections> fromRules(List<?> rules, ConnectivityMap map) {
    Map<String, Connections> out = new HashMap<>();
    for (Object o : rules) {
      Map<?, ?> rule = (Map<?, ?>) o;
      List<Endpoint> src = side(rule, "src", map);
      List<Endpoint> dst = side(rule, "dst", map);
      Connections c = connections((List<?>) rule.get("connection"));
      for (Endpoint s : src) {
        for (Endpoint d : dst) {
          if (s != d) {
            out.merge(s.id() + "|" + d.id(), c, Connections::union);
          }
        }
      }
    }
    out.values().removeIf(Connections::isEmpty);
    return out;
  }

  private static List<Endpoint> side(Map<?, ?> rule, String side, ConnectivityMap map) {
    List<Endpoint> out = new ArrayList<>();
    Object ips = rule.get(side + "_ip_block");
    if (ips != null) {
      List<IpRange> ranges = new ArrayList<>();
      for (Object ip : (List<?>) ips) {
        String t = String.valueOf(ip).trim();
        if (t.contains("/")) {
          IpRange.parseCidr(t).ifPresent(ranges::add);
        } else if (t.contains("-")) {
          String[] ab = t.split("-");
          IpRange a = IpRange.parseCidr(ab[0] + "/32").orElseThrow();
          IpRange b = IpRange.parseCidr(ab[1] + "/32").orElseThrow();
          ranges.add(new IpRange(false, a.start(), b.end()));
        }
      }
      for (Endpoint e : map.endpoints()) {
        if (e instanceof Endpoint.External x && covered(x.range(), ranges)) {
          out.add(e);
        }
      }
      return out;
    }
    List<?> nss = (List<?>) rule.get(side + "_ns");
    List<?> pods = (List<?>) rule.get(side + "_pods");
    List<Predicate<Endpoint.Workload>> preds = new ArrayList<>();
    for (Object p : pods) {
      preds.add(PodExpr.parse(String.valueOf(p)));
    }
    for (Endpoint e : map.endpoints()) {
      if (e instanceof Endpoint.Workload w
          && nss.stream().anyMatch(n -> String.valueOf(n).equals(w.namespace()))
          && preds.stream().anyMatch(p -> p.test(w))) {
        out.add(e);
      }
    }
    return out;
  }

  /** True when the union of {@code ranges} covers {@code x}. */
  static boolean covered(IpRange x, List<IpRange> ranges) {
    BigInteger next = x.start();
    boolean progress = true;
    while (progress && next.compareTo(x.end()) <= 0) {
      progress = false;
      for (IpRange r : ranges) {
        if (r.v6() == x.v6() && r.start().compareTo(next) <= 0 && r.end().compareTo(next) >= 0) {
          next = r.end().add(BigInteger.ONE);
          progress = true;
        }
      }
    }
    return next.compareTo(x.end()) > 0;
  }

  static Connections connections(List<?> items) {
    Connections c = Connections.NONE;
    for (Object item : items) {
      if (item instanceof String s) {
        if (s.equalsIgnoreCase("All connections")) {
          c = Connections.ALL;
        }
      } else if (item instanceof Map<?, ?> m) {
        Object allBut = m.get("All but");
        if (allBut != null) {
          c = c.union(Connections.ALL.minus(connections((List<?>) allBut)));
        } else {
          c = c.union(protocols(m));
        }
      }
    }
    return c;
  }

  private static Connections protocols(Map<?, ?> m) {
    PortRanges ports = PortRanges.NONE;
    Object dp = m.get("dst_ports");
    if (dp == null) {
      ports = PortRanges.ALL;
    } else {
      for (Object p : (List<?>) dp) {
        ports = ports.union(range(String.valueOf(p)));
      }
    }
    Connections c = Connections.NONE;
    for (String proto : String.valueOf(m.get("protocols")).split("[,\\s]+")) {
      var parsed = Protocol.parse(proto);
      if (parsed.isPresent()) {
        c = c.union(Connections.of(parsed.get(), ports));
      }
    }
    return c;
  }

  static PortRanges range(String p) {
    String[] ab = p.trim().split("-");
    int a = Integer.parseInt(ab[0]);
    return PortRanges.range(a, ab.length > 1 ? Integer.parseInt(ab[1]) : a);
  }

  private static final Pattern KEY =
      Pattern.compile("(?:^|\\s)(src_ns|src_pods|dst_ns|dst_pods|src|dst|conn): ");

  /**
   * The fw-rules text form, one rule a line ({@code src_ns: [a] src_pods: [*] dst: 0.0.0.0/0 conn:
   * All connections}), as the same rule maps the YAML form gives.
   */
  static List<Map<String, Object>> rulesFromText(String text) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher m = KEY.matcher(line);
      List<int[]> at = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      while (m.find()) {
        at.add(new int[] {m.start(1), m.end()});
        keys.add(m.group(1));
      }
      if (!keys.contains("conn")) {
        continue;
      }
      Map<String, Object> rule = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        int end = i + 1 < keys.size() ? at.get(i + 1)[0] : line.length();
        String value = line.substring(at.get(i)[1], end).trim();
        switch (keys.get(i)) {
          case "src", "dst" -> rule.put(keys.get(i) + "_ip_block", List.of(value.split(",")));
          case "conn" -> rule.put("connection", List.of(connectionText(value)));
          default -> rule.put(keys.get(i), topLevel(value.replaceAll("^\\[|\\]$", "")));
        }
      }
      out.add(rule);
    }
    return out;
  }

  /** The text connection form as the YAML form's item. */
  private static Object connectionText(String v) {
    if (v.equalsIgnoreCase("All connections")) {
      return "All connections";
    }
    if (v.startsWith("All but ")) {
      return Map.of("All but", braces(v.substring("All but ".length())));
    }
    List<Object> parts = braces(v);
    return parts.size() == 1 ? parts.get(0) : Map.of("All but", List.of(Map.of("All but", parts)));
  }

  private static List<Object> braces(String v) {
    List<Object> out = new ArrayList<>();
    Matcher b = Pattern.compile("\\{([^}]*)}").matcher(v);
    while (b.find()) {
      Map<String, Object> m = new HashMap<>();
      Matcher pr = Pattern.compile("protocols:([A-Za-z, ]+?)(?:,[a-z_]+:|$)").matcher(b.group(1));
      m.put("protocols", pr.find() ? pr.group(1) : "TCP, UDP, SCTP");
      Matcher dp = Pattern.compile("dst_ports:([0-9,\\-]+)").matcher(b.group(1));
      if (dp.find()) {
        m.put("dst_ports", List.of(dp.group(1).split(",")));
      }
      out.add(m);
    }
    return out;
  }

  /** Splits on commas outside parentheses and braces. */
  static List<String> topLevel(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '{') {
        depth++;
      } else if (c == ')' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(s.substring(start, i).trim());
        start = i + 1;
      }
    }
    out.add(s.substring(start).trim());
    return out;
  }

  private static final Pattern LINE = Pattern.compile("^(.+?) => (.+?) : (.+)$");
  private static final Pattern BRACE =
      Pattern.compile("\\{protocols:([A-Za-z, ]+?)(?:,dst_ports:([0-9,\\-]+))?}");

  /** The {@code txt_no_fw_rules} list: {@code src => dst : All connections|{protocols:…}}. */
  static Map<String, Connections> fromList(String text, ConnectivityMap map) {
    Map<String, Connections> out = new HashMap<>();
    for (String line : text.split("\n")) {
      Matcher m = LINE.matcher(line.trim());
      if (!m.matches()) {
        continue;
      }
      Connections c = Connections.NONE;
      if (m.group(3).trim().equalsIgnoreCase("All connections")) {
        c = Connections.ALL;
      } else {
        Matcher b = BRACE.matcher(m.group(3));
        while (b.find()) {
          PortRanges ports = PortRanges.NONE;
          if (b.group(2) == null) {
            ports = PortRanges.ALL;
          } else {
            for (String p : b.group(2).split(",")) {
              ports = ports.union(range(p));
            }
          }
          for (String proto : b.group(1).split("[,\\s]+")) {
            var parsed = Protocol.parse(proto);
            if (parsed.isPresent()) {
              c = c.union(Connections.of(parsed.get(), ports));
            }
          }
        }
      }
      List<Endpoint> src = named(m.group(1), map);
      List<Endpoint> dst = named(m.group(2), map);
      if (src.isEmpty() || dst.isEmpty()) {
        // An endpoint Lashing does not have: a pair it cannot report, so a miss.
        out.merge("unknown:" + m.group(1) + "|" + m.group(2), c, Connections::union);
      }
      for (Endpoint s : src) {
        for (Endpoint d : dst) {
          out.merge(s.id() + "|" + d.id(), c, Connections::union);
        }
      }
    }
    return out;
  }

  private static List<Endpoint> named(String name, ConnectivityMap map) {
    List<Endpoint> out = new ArrayList<>();
    String[] ab = name.trim().split("-");
    if (ab.length == 2 && ab[0].matches("[0-9.]+") && ab[1].matches("[0-9.]+")) {
      IpRange a = IpRange.parseCidr(ab[0] + "/32").orElseThrow();
      IpRange b = IpRange.parseCidr(ab[1] + "/32").orElseThrow();
      IpRange r = new IpRange(false, a.start(), b.end());
      for (Endpoint e : map.endpoints()) {
        if (e instanceof Endpoint.External x && r.contains(x.range())) {
          out.add(e);
        }
      }
      return out;
    }
    for (Endpoint e : map.endpoints()) {
      if (e.id().equals(name.trim())) {
        out.add(e);
      }
    }
    return out;
  }
}
