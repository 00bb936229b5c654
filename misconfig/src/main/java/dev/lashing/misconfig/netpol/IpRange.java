package dev.lashing.misconfig.netpol;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An inclusive range of IPv4 or IPv6 addresses as numbers; {@code v6} names the family. */
public record IpRange(boolean v6, BigInteger start, BigInteger end) {
  private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  public static final IpRange ALL_V4 = new IpRange(false, BigInteger.ZERO, max(false));
  public static final IpRange ALL_V6 = new IpRange(true, BigInteger.ZERO, max(true));

  static BigInteger max(boolean v6) {
    return BigInteger.ONE.shiftLeft(v6 ? 128 : 32).subtract(BigInteger.ONE);
  }

  /** Parses {@code 10.0.0.0/8} or {@code 2001:db8::/32}; empty when it is not a CIDR. */
  public static Optional<IpRange> parseCidr(String text) {
    String t = text.trim();
    int slash = t.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String addr = t.substring(0, slash);
    boolean v6;
    if (V4.matcher(addr).matches()) {
      v6 = false;
    } else if (V6.matcher(addr).matches()) {
      v6 = true;
    } else {
      return Optional.empty();
    }
    int bits = v6 ? 128 : 32;
    int prefix;
    try {
      prefix = Integer.parseInt(t.substring(slash + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (prefix < 0 || prefix > bits) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      // Only literal addresses reach here (checked by the patterns above): no name lookup.
      bytes = InetAddress.getByName(addr).getAddress();
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
    if (bytes.length * 8 != bits) {
      return Optional.empty();
    }
    BigInteger value = new BigInteger(1, bytes);
    BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
    BigInteger start = value.andNot(hostMask);
    return Optional.of(new IpRange(v6, start, start.or(hostMask)));
  }

  public boolean contains(IpRange other) {
    return v6 == other.v6 && start.compareTo(other.start) <= 0 && end.compareTo(other.end) >= 0;
  }

  public boolean overlaps(IpRange other) {
    return v6 == other.v6 && start.compareTo(other.end) <= 0 && other.start.compareTo(end) <= 0;
  }

  /** {@code 10.0.0.0/8} when the range is one CIDR block, otherwise {@code 10.0.0.0-10.0.0.5}. */
  @Override
  public String toString() {
    BigInteger size = end.subtract(start).add(BigInteger.ONE);
    int hostBits = size.bitLength() - 1;
    if (size.bitCount() == 1 && start.getLowestSetBit() >= hostBits
        || start.signum() == 0 && hostBits == (v6 ? 128 : 32)) {
      return address(start) + "/" + ((v6 ? 128 : 32) - hostBits);
    }
    return address(start) + "-" + address(end);
  }

  private String address(BigInteger value) {
    int len = v6 ? 16 : 4;
    byte[] raw = value.toByteArray();
    byte[] bytes = new byte[len];
    int copy = Math.min(raw.length, len);
    System.arraycopy(raw, raw.length - copy, bytes, len - copy, copy);
    try {
      String s = InetAddress.getByAddress(bytes).getHostAddress();
      return v6 ? s.replaceAll("(^|:)0(:0)+(:|$)", "::").replaceFirst("^:::", "::") : s;
    } catch (UnknownHostException e) {
      return value.toString();
    }
  }
}
