package com.firstline.lti.devplatform;

import com.firstline.lti.keys.Rs256;
import com.firstline.lti.launch.LtiClaims;
import com.firstline.lti.services.Scopes;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The id_token the development platform answers a login with, signed RS256 with the platform's key:
 * a resource-link launch of the try-out's module in the sample course, carrying the course's
 * gradebook (AGS) and roster (NRPS) services like a real LMS; or, for "add modules to the course",
 * a deep-linking request whose answer comes back to {@link DeepLinkingReturnServlet}. Pure logic.
 */
final class DevIdToken {
  private static final Duration LIFETIME = Duration.ofMinutes(5);

  private DevIdToken() {}

  /**
   * @param base the server's address as the browser used it; the issuer and every service URL hang
   *     under it
   */
  static String signed(
      RSAKey key,
      String base,
      String nonce,
      TryOut tryOut,
      SampleCourse.Person person,
      String launchUrl,
      Instant now) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(DevPlatform.issuer(base))
            .audience(DevPlatform.CLIENT_ID)
            .subject(person.subject())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim("nonce", nonce)
            .claim("name", person.name())
            .claim("email", person.email())
            .claim(LtiClaims.VERSION, LtiClaims.SUPPORTED_VERSION)
            .claim(LtiClaims.DEPLOYMENT_ID, DevPlatform.DEPLOYMENT_ID)
            .claim(LtiClaims.TARGET_LINK_URI, launchUrl)
            .claim(LtiClaims.ROLES, person.roles())
            .claim(
                LtiClaims.CONTEXT,
                Map.of("id", SampleCourse.CONTEXT_ID, "title", SampleCourse.TITLE));
    if (tryOut.picksModules()) {
      Map<String, Object> settings = new LinkedHashMap<>();
      settings.put("deep_link_return_url", base + DeepLinkingReturnServlet.PATH);
      settings.put("accept_types", List.of(LtiClaims.RESOURCE_LINK_TYPE));
      settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
      settings.put("accept_multiple", true);
      settings.put("auto_create", true);
      settings.put("data", SampleCourse.CONTEXT_ID);
      claims
          .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
          .claim(LtiClaims.DEEP_LINKING_SETTINGS, settings);
    } else {
      claims
          .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
          .claim(
              LtiClaims.RESOURCE_LINK,
              Map.of("id", "dev-" + tryOut.moduleId(), "title", tryOut.moduleId()))
          .claim(LtiClaims.CUSTOM, Map.of(LtiClaims.MODULE_PARAMETER, tryOut.moduleId()))
          .claim(
              LtiClaims.AGS_ENDPOINT,
              Map.of(
                  "scope",
                  List.of(Scopes.AGS_LINEITEM, Scopes.AGS_SCORE),
                  "lineitems",
                  DevServices.url(base, "lineitems")))
          .claim(
              LtiClaims.NRPS,
              Map.of(
                  "context_memberships_url",
                  DevServices.url(base, "memberships"),
                  "service_versions",
                  List.of("2.0")));
    }
    return Rs256.sign(claims.build(), key);
  }
}
