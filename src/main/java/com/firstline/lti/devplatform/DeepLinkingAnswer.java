package com.firstline.lti.devplatform;

import com.firstline.lti.launch.LtiClaims;
import com.firstline.platform.errors.Problem;
import com.firstline.platform.errors.ProblemException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tool's deep-linking answer (LTI Deep Linking 2.0 §4.2) as the development LMS checks it:
 * signed by a key of the tool's JWKS, from our client to our issuer, a deep-linking response, not
 * expired; its resource links become links of the sample course. Pure logic.
 */
final class DeepLinkingAnswer {
  private DeepLinkingAnswer() {}

  static List<CourseLinks.Link> links(String jwt, JWKSet toolKeys, String issuer, Instant now) {
    JWTClaimsSet claims = verified(jwt, toolKeys);
    List<Problem.InputError> errors = new ArrayList<>();
    if (!DevPlatform.CLIENT_ID.equals(claims.getIssuer())) {
      errors.add(Problem.InputError.field("iss", "must be " + DevPlatform.CLIENT_ID));
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(issuer)) {
      errors.add(Problem.InputError.field("aud", "must be " + issuer));
    }
    if (claims.getExpirationTime() == null
        || claims.getExpirationTime().toInstant().isBefore(now)) {
      errors.add(Problem.InputError.field("exp", "has passed"));
    }
    if (!LtiClaims.DEEP_LINKING_RESPONSE.equals(claims.getClaim(LtiClaims.MESSAGE_TYPE))) {
      errors.add(
          Problem.InputError.field(
              LtiClaims.MESSAGE_TYPE, "must be " + LtiClaims.DEEP_LINKING_RESPONSE));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("The deep-linking answer was refused.", errors);
    }
    List<CourseLinks.Link> links = new ArrayList<>();
    if (claims.getClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS) instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> map
            && LtiClaims.RESOURCE_LINK_TYPE.equals(map.get("type"))
            && map.get("url") instanceof String url) {
          String title = map.get("title") instanceof String t ? t : url;
          String moduleId =
              map.get("custom") instanceof Map<?, ?> custom
                      && custom.get(LtiClaims.MODULE_PARAMETER) instanceof String m
                  ? m
                  : null;
          links.add(new CourseLinks.Link(title, url, moduleId, now));
        }
      }
    }
    return links;
  }

  private static JWTClaimsSet verified(String jwt, JWKSet toolKeys) {
    try {
      SignedJWT signed = SignedJWT.parse(jwt == null ? "" : jwt);
      JWK key = toolKeys.getKeyByKeyId(signed.getHeader().getKeyID());
      if (key instanceof RSAKey rsa && signed.verify(new RSASSAVerifier(rsa))) {
        return signed.getJWTClaimsSet();
      }
    } catch (ParseException | JOSEException e) {
      // Answered below, the same as a bad signature.
    }
    throw ProblemException.badRequest(
        "The deep-linking answer is not a JWT signed by a key of Firstline's JWKS.",
        List.of(Problem.InputError.field("JWT", "must be signed by the tool")));
  }
}
