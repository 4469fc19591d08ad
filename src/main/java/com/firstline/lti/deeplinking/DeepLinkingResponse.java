package com.firstline.lti.deeplinking;

import com.firstline.lti.launch.LtiClaims;
import com.firstline.scenario.model.PlayMode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code LtiDeepLinkingResponse} (Deep Linking 2.0 §4.2): from the tool (iss = our client_id)
 * to the platform (aud = its issuer), one {@code ltiResourceLink} per chosen module that opens it
 * through our launch URL with {@code custom.module}, and a line item so the gradebook column exists
 * before the first score. Pure logic.
 */
public final class DeepLinkingResponse {
  /** Long enough for a slow auto-post, short enough that a leaked answer soon stops working. */
  static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  private DeepLinkingResponse() {}

  /** Who the answer is for: the launch's registration and deployment. */
  public record Recipient(String issuer, String clientId, String deploymentId) {}

  public static JWTClaimsSet claims(
      Recipient to,
      DeepLinkingSettings settings,
      List<OfferedModule> chosen,
      PlayMode mode,
      String launchUrl,
      Instant now) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(to.clientId())
            .audience(to.issuer())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim("nonce", nonce())
            .claim(LtiClaims.DEPLOYMENT_ID, to.deploymentId())
            .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
            .claim(LtiClaims.VERSION, LtiClaims.SUPPORTED_VERSION)
            .claim(
                LtiClaims.DEEP_LINKING_CONTENT_ITEMS,
                chosen.stream().map(m -> contentItem(m, mode, launchUrl)).toList());
    if (settings.data() != null) {
      claims.claim(LtiClaims.DEEP_LINKING_DATA, settings.data());
    }
    return claims.build();
  }

  /** One link; {@code mode}, when the trainer chose one, rides in its custom parameters. */
  static Map<String, Object> contentItem(OfferedModule module, PlayMode mode, String launchUrl) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", LtiClaims.RESOURCE_LINK_TYPE);
    item.put("title", module.title());
    item.put("text", module.summary());
    item.put("url", launchUrl);
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put(LtiClaims.MODULE_PARAMETER, module.id());
    if (mode != null) {
      custom.put(LtiClaims.MODE_PARAMETER, mode.parameter());
    }
    item.put("custom", custom);
    Map<String, Object> lineItem = new LinkedHashMap<>();
    lineItem.put("scoreMaximum", module.scoreMaximum());
    lineItem.put("label", module.title());
    lineItem.put("resourceId", module.id());
    item.put("lineItem", lineItem);
    return item;
  }

  private static String nonce() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
