package com.firstline.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressRulesTest {
  private static Optional<String> refusal(String literal) throws Exception {
    return AddressRules.refusal(InetAddress.getByName(literal));
  }

  @Test
  void ownNetworkAddressesAreRefused() throws Exception {
    for (String address :
        new String[] {
          "127.0.0.1",
          "127.5.6.7",
          "::1",
          "0.0.0.0",
          "::",
          "10.1.2.3",
          "172.16.0.1",
          "172.31.255.255",
          "192.168.1.1",
          "169.254.169.254",
          "fe80::1",
          "fc00::1",
          "fd12:3456::1",
          "100.64.0.1",
          "224.0.0.1",
          "0.1.2.3",
          "255.255.255.255"
        }) {
      assertTrue(refusal(address).isPresent(), address);
    }
  }

  @Test
  void theMetadataServiceIsNamedAsLinkLocal() throws Exception {
    assertTrue(refusal("169.254.169.254").orElseThrow().contains("metadata"));
  }

  @Test
  void ipv4HiddenInIpv6IsJudgedAsTheIpv4ItCarries() throws Exception {
    assertEquals(Optional.of("a loopback address"), refusal("::ffff:127.0.0.1"));
    assertTrue(refusal("::ffff:10.0.0.1").isPresent());
    assertTrue(refusal("64:ff9b::a9fe:a9fe").isPresent(), "NAT64 of 169.254.169.254");
    assertTrue(refusal("2002:c0a8:0101::1").isPresent(), "6to4 of 192.168.1.1");
    assertEquals(Optional.empty(), refusal("::ffff:8.8.8.8"));
  }

  @Test
  void publicAddressesAreCalled() throws Exception {
    for (String address :
        new String[] {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111"}) {
      assertEquals(Optional.empty(), refusal(address), address);
    }
  }
}
