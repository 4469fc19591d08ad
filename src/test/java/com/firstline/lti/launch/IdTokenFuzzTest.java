package com.firstline.lti.launch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.firstline.lti.oidc.PendingLogin;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.lti.testplatform.IdTokens;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Any id_token, and any claims signed with the platform's own key (so that the checks after the
 * signature are reached too): a launch either passes or is refused with a {@link LaunchRejected}
 * naming its rule, never with another exception. Seeds under
 * src/test/resources/.../IdTokenFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class IdTokenFuzzTest {
  private static final String ISSUER = "https://lms.example.edu";
  private static final RSAKey KEY = IdTokens.newKey();
  private static final RegisteredPlatform PLATFORM =
      new RegisteredPlatform(
          1L,
          ISSUER,
          "client-1",
          "https://lms.example.edu/auth",
          "https://lms.example.edu/token",
          "https://lms.example.edu/token",
          "https://lms.example.edu/jwks",
          List.of("deployment-1"),
          Instant.now());
  private static final PlatformKeys KEYS =
      new PlatformKeys(
          url -> new JWKSet(KEY.toPublicJWK()).toString(),
          Clock.systemUTC(),
          Duration.ofMinutes(5),
          Duration.ofSeconds(5));

  private static void launch(String compact) {
    try {
      LaunchFacts.of(
          LaunchRules.verifier(
                  PLATFORM,
                  new PendingLogin("state-1", "nonce-1", 1L, null, ""),
                  KEYS,
                  Clock.systemUTC(),
                  Duration.ofSeconds(60))
              .verify(IdToken.parse(compact)));
    } catch (LaunchRejected expected) {
      // A refusal that names its rule is the right answer to a bad token.
    }
  }

  @FuzzTest(maxDuration = "60s")
  void anyCompactTokenIsAcceptedOrRefusedByARule(String compact) {
    launch(compact == null ? "" : compact);
  }

  @FuzzTest(maxDuration = "60s")
  void anySignedClaimsAreAcceptedOrRefusedByARule(String claims) throws JOSEException {
    if (claims == null) {
      return; // Jazzer's empty input; a JWS has a payload, even an empty one.
    }
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
            new Payload(claims));
    jws.sign(new RSASSASigner(KEY));
    launch(jws.serialize());
  }
}
