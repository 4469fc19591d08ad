package com.firstline.lti.devplatform;

import com.firstline.lti.keys.Rs256;
import com.firstline.lti.launch.LtiClaims;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * The id_token the development platform answers a login with: a resource-link launch of the
 * try-out's module, as the try-out's person, signed RS256 with the platform's key. It carries no
 * AGS or NRPS claims: the development platform keeps no gradebook. Pure logic.
 */
final class DevIdToken {
  private static final Duration LIFETIME = Duration.ofMinutes(5);

  private DevIdToken() {}

  static String signed(
      RSAKey key, String issuer, String nonce, TryOut tryOut, String launchUrl, Instant now) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(DevPlatform.CLIENT_ID)
            .subject(tryOut.subject())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim("nonce", nonce)
            .claim("name", tryOut.displayName())
            .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
            .claim(LtiClaims.VERSION, LtiClaims.SUPPORTED_VERSION)
            .claim(LtiClaims.DEPLOYMENT_ID, DevPlatform.DEPLOYMENT_ID)
            .claim(LtiClaims.TARGET_LINK_URI, launchUrl)
            .claim(
                LtiClaims.RESOURCE_LINK,
                Map.of("id", "dev-" + tryOut.moduleId(), "title", tryOut.moduleId()))
            .claim(LtiClaims.ROLES, tryOut.ltiRoles())
            .claim(
                LtiClaims.CONTEXT, Map.of("id", "dev-course", "title", "Firstline try-out course"))
            .claim(LtiClaims.CUSTOM, Map.of(LtiClaims.MODULE_PARAMETER, tryOut.moduleId()))
            .build();
    return Rs256.sign(claims, key);
  }
}
