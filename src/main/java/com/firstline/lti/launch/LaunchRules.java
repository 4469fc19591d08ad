package com.firstline.lti.launch;

import com.firstline.lti.oidc.PendingLogin;
import com.firstline.lti.registration.RegisteredPlatform;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The rules an id_token must pass for a login, in the order of LTI Security Framework §5.1.3 and
 * LTI Core §5: cheap header checks first, then the signature (nothing unsigned is looked at
 * further), then who it is from and for, when, which login, and what it must contain. Pure logic.
 */
public final class LaunchRules {
  private LaunchRules() {}

  public static IdTokenVerifier verifier(
      RegisteredPlatform platform,
      PendingLogin login,
      PlatformKeys keys,
      Clock clock,
      Duration skew) {
    return IdTokenVerifier.withChecks(
        List.of(
            HeaderChecks.RS256_ONLY,
            HeaderChecks.KEY_ID_PRESENT,
            new SignatureCheck(keys, URI.create(platform.jwksUrl())),
            IdentityChecks.issuer(platform.issuer()),
            IdentityChecks.audience(platform.clientId()),
            new TimeCheck(clock, skew),
            IdentityChecks.nonce(login.nonce()),
            MessageChecks.deploymentIn(platform.deploymentIds()),
            MessageChecks.VERSION,
            MessageChecks.KNOWN_MESSAGE_TYPE,
            MessageChecks.SUBJECT,
            MessageChecks.ROLES,
            MessageChecks.TARGET_LINK_URI,
            MessageChecks.RESOURCE_LINK,
            MessageChecks.DEEP_LINKING_SETTINGS,
            MessageChecks.MODULE));
  }
}
