package com.firstline.platform.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks an outbound call's address before it is made, outside development: the URL must be https
 * and every address its host resolves to must be public ({@link AddressRules}); hosts named in
 * {@code platform.http.allowed-hosts} (an LRS inside the cluster, say) are exempt.
 *
 * <p>Why this holds against DNS rebinding (a host that resolves to a public address for the check
 * and to a private one for the connection): {@code java.net.http} resolves the host again when it
 * connects, and offers no hook to connect to an address we chose while keeping the host name for
 * TLS (SNI, certificate check) and the Host header. Two things close the gap instead. (1) The JVM
 * caches a successful lookup (30 s by default, {@code networkaddress.cache.ttl}), so the connection
 * made right after the check uses the addresses the check saw. (2) Only https is allowed, so even
 * if a rebind slipped into the instant a cache entry expires, the TLS handshake with an internal
 * server fails on the certificate, which must be valid for the outside host name, before a byte of
 * the request (token, score, body) is sent. Plain http to the private network is never possible.
 */
public final class AddressGuard {
  private final Set<String> allowedHosts;
  private final Function<String, InetAddress[]> resolver;

  AddressGuard(List<String> allowedHosts, Function<String, InetAddress[]> resolver) {
    this.allowedHosts =
        allowedHosts.stream()
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    this.resolver = resolver;
  }

  /** A guard that resolves with the JVM's resolver (and its cache). */
  public static AddressGuard resolvingWithDns(List<String> allowedHosts) {
    return new AddressGuard(
        allowedHosts,
        host -> {
          try {
            return InetAddress.getAllByName(host);
          } catch (UnknownHostException e) {
            return new InetAddress[0];
          }
        });
  }

  /** Refuses {@code url} with a {@link ForbiddenAddress} naming the rule; {@code call} names it. */
  public void check(URI url, String call) {
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      throw new ForbiddenAddress(call + ": refused, the URL has no host");
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
      return;
    }
    if (!"https".equalsIgnoreCase(url.getScheme())) {
      throw new ForbiddenAddress(
          call
              + ": refused, only https addresses are called outside development"
              + " (platform.mode=production)");
    }
    InetAddress[] addresses = isLiteral(bare) ? literal(bare) : resolver.apply(bare);
    if (addresses == null || addresses.length == 0) {
      // Not left to the client's own lookup, which could answer differently.
      throw new ForbiddenAddress(call + ": refused, " + bare + " could not be resolved");
    }
    for (InetAddress address : addresses) {
      AddressRules.refusal(address)
          .ifPresent(
              reason -> {
                throw new ForbiddenAddress(
                    call
                        + ": refused, "
                        + bare
                        + " resolves to "
                        + address.getHostAddress()
                        + ", "
                        + reason
                        + "; Firstline does not call its own network outside development"
                        + " (platform.http.allowed-hosts exempts a host)");
              });
    }
  }

  private static boolean isLiteral(String host) {
    return host.contains(":") || host.matches("[0-9.]+");
  }

  /** An IP address written in the URL: parsed, never looked up. */
  private static InetAddress[] literal(String host) {
    try {
      return new InetAddress[] {InetAddress.getByName(host)};
    } catch (UnknownHostException e) {
      return new InetAddress[0];
    }
  }

  /** An address Firstline will not call; the call was not made. */
  public static final class ForbiddenAddress extends OutboundHttp.Unreachable {
    private static final long serialVersionUID = 1L;

    ForbiddenAddress(String message) {
      super(message, null);
    }
  }
}
