package com.firstline.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A resolver with fixed answers, as a hostile DNS would give them. */
  private static final Map<String, InetAddress[]> DNS =
      Map.of(
          "lms.example.com", new InetAddress[] {ip("93.184.216.34")},
          "rebind.example.com", new InetAddress[] {ip("93.184.216.34"), ip("10.0.0.7")},
          "metadata.example.com", new InetAddress[] {ip("169.254.169.254")},
          "lrs.internal", new InetAddress[] {ip("10.0.0.9")});

  private final AddressGuard guard =
      new AddressGuard(List.of("LRS.internal"), h -> DNS.getOrDefault(h, new InetAddress[0]));

  @Test
  void aPublicHttpsAddressIsCalled() {
    assertDoesNotThrow(() -> guard.check(URI.create("https://lms.example.com/jwks"), "GET JWKS"));
  }

  @Test
  void aHostWithAnyPrivateAddressIsRefusedNamingTheAddress() {
    AddressGuard.ForbiddenAddress refused =
        assertThrows(
            AddressGuard.ForbiddenAddress.class,
            () -> guard.check(URI.create("https://rebind.example.com/token"), "POST token"));
    assertTrue(refused.getMessage().startsWith("POST token: refused"), refused.getMessage());
    assertTrue(refused.getMessage().contains("10.0.0.7, a private address"), refused.getMessage());

    assertThrows(
        AddressGuard.ForbiddenAddress.class,
        () -> guard.check(URI.create("https://metadata.example.com/latest/"), "GET"));
    assertThrows(
        AddressGuard.ForbiddenAddress.class,
        () -> guard.check(URI.create("https://[::1]:9443/x"), "GET"));
  }

  @Test
  void plainHttpIsRefusedOutsideDevelopment() {
    AddressGuard.ForbiddenAddress refused =
        assertThrows(
            AddressGuard.ForbiddenAddress.class,
            () -> guard.check(URI.create("http://lms.example.com/"), "GET configuration"));
    assertTrue(refused.getMessage().contains("only https"));
  }

  @Test
  void anExemptedHostMayBePrivate() {
    assertDoesNotThrow(() -> guard.check(URI.create("http://lrs.internal/xapi/"), "POST"));
  }

  @Test
  void aGuardedClientRefusesALoopbackCallWithoutMakingIt() {
    OutboundHttp http =
        OutboundHttp.of(Duration.ofSeconds(2), 1024)
            .guardedBy(AddressGuard.resolvingWithDns(List.of()));
    OutboundHttp.Unreachable refused =
        assertThrows(
            OutboundHttp.Unreachable.class,
            () ->
                http.send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:1/jwks")).build(),
                    "GET JWKS of https://127.0.0.1:1/jwks"));
    assertTrue(refused instanceof AddressGuard.ForbiddenAddress);
    assertTrue(refused.getMessage().contains("a loopback address"), refused.getMessage());
  }
}
