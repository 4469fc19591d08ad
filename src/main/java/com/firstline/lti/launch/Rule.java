package com.firstline.lti.launch;

import com.firstline.platform.errors.Problem;
import java.util.List;

/**
 * Every rule a launch must pass, in the order they are checked. Each refusal is a problem whose
 * type names the rule ({@code /problems/lti/kid}) and whose detail says exactly what was wrong.
 */
public enum Rule {
  STATE("state", 401),
  ID_TOKEN("id-token", 400),
  ALGORITHM("algorithm", 401),
  KEY_ID("kid", 401),
  PLATFORM_KEYS("platform-keys", 502),
  SIGNATURE("signature", 401),
  ISSUER("issuer", 401),
  AUDIENCE("audience", 401),
  EXPIRY("expiry", 401),
  ISSUED_AT("issued-at", 401),
  NONCE("nonce", 401),
  DEPLOYMENT("deployment", 400),
  VERSION("version", 400),
  MESSAGE_TYPE("message-type", 400),
  SUBJECT("subject", 400),
  ROLES("roles", 400),
  RESOURCE_LINK("resource-link", 400),
  TARGET_LINK_URI("target-link-uri", 400),
  DEEP_LINKING_SETTINGS("deep-linking-settings", 400),
  MODULE("module", 400),
  BROWSER("browser", 401);

  private final String slug;
  private final int status;

  Rule(String slug, int status) {
    this.slug = slug;
    this.status = status;
  }

  public String type() {
    return "/problems/lti/" + slug;
  }

  public int status() {
    return status;
  }

  /** The refusal of a launch that broke this rule, with the detail the reader needs. */
  public LaunchRejected rejected(String detail) {
    return new LaunchRejected(
        this, new Problem(type(), "The LTI launch was refused", status, detail, null, List.of()));
  }
}
