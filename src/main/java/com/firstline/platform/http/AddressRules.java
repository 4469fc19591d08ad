package com.firstline.platform.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which addresses Firstline may call when the address came from outside (a platform's OpenID
 * configuration, its JWKS, token, AGS and NRPS URLs, an LRS): only public ones. Loopback, private,
 * link-local (which holds the cloud metadata service, 169.254.169.254), carrier-grade NAT,
 * unique-local IPv6, multicast and "this host" (0.0.0.0) addresses are refused, so that nobody can
 * make Firstline probe its own network. IPv4 addresses inside IPv6 (mapped, compatible, 6to4 and
 * NAT64 forms) are judged as the IPv4 address they carry. Pure logic.
 */
public final class AddressRules {
  private AddressRules() {}

  /** Why {@code address} may not be called, or empty when it is public. */
  public static Optional<String> refusal(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      Optional<Inet4Address> carried = carriedIpv4(b);
      if (carried.isPresent()) {
        return refusal(carried.get());
      }
      if ((b[0] & 0xfe) == 0xfc) {
        return Optional.of("a unique-local address");
      }
    }
    if (address.isAnyLocalAddress()) {
      return Optional.of("the any-local address");
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("a loopback address");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("a link-local address (the cloud metadata service lives there)");
    }
    if (address.isSiteLocalAddress()) {
      return Optional.of("a private address");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("a multicast address");
    }
    if (address instanceof Inet4Address v4) {
      int first = v4.getAddress()[0] & 0xff;
      int second = v4.getAddress()[1] & 0xff;
      if (first == 0) {
        return Optional.of("a 'this network' address");
      }
      if (first == 100 && second >= 64 && second < 128) {
        return Optional.of("a carrier-grade NAT (shared) address");
      }
      if (first == 198 && (second == 18 || second == 19)) {
        return Optional.of("a benchmarking network address");
      }
      if (first >= 240) {
        return Optional.of("a reserved address");
      }
    }
    return Optional.empty();
  }

  /** The IPv4 address an IPv6 address stands for, in the forms that reach IPv4 hosts. */
  private static Optional<Inet4Address> carriedIpv4(byte[] b) {
    boolean zeroTen = true;
    for (int i = 0; i < 10; i++) {
      zeroTen &= b[i] == 0;
    }
    boolean mapped = zeroTen && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = zeroTen && b[10] == 0 && b[11] == 0 && !(allZero(b, 12, 15) && b[15] <= 1);
    boolean nat64 =
        (b[0] & 0xff) == 0x00
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b
            && allZero(b, 4, 12);
    if (mapped || compatible || nat64) {
      return Optional.of(v4(b[12], b[13], b[14], b[15]));
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return Optional.of(v4(b[2], b[3], b[4], b[5]));
    }
    return Optional.empty();
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static Inet4Address v4(byte a, byte b, byte c, byte d) {
    try {
      return (Inet4Address) InetAddress.getByAddress(new byte[] {a, b, c, d});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("Four bytes are always an IPv4 address", e);
    }
  }
}
