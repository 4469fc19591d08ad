package com.firstline.lti.testplatform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds id_tokens: {@code IdTokens.valid()} is a complete learner launch; each {@code with...} /
 * {@code without...} breaks or varies one thing. Signed with RS256 by the given key unless told
 * otherwise.
 */
public final class IdTokens {
  public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  public static final String INSTRUCTOR =
      "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
  public static final String DEFAULT_MODULE = "mistake-at-the-counter";

  private enum Signing {
    RS256,
    NONE,
    HS256,
    NO_ALG
  }

  private RSAKey key;
  private String kid;
  private Signing signing = Signing.RS256;
  private final Map<String, Object> claims = new LinkedHashMap<>();

  private IdTokens(RSAKey key) {
    this.key = key;
    this.kid = key.getKeyID();
  }

  /** A valid learner launch signed by a key made for it, for unit tests. */
  public static IdTokens valid() {
    return valid(newKey(), "https://lms.example.edu", "client-1", "deployment-1", "nonce-1");
  }

  public static IdTokens valid(
      RSAKey key, String issuer, String clientId, String deploymentId, String nonce) {
    Instant now = Instant.now();
    IdTokens token = new IdTokens(key);
    token.claims.put("iss", issuer);
    token.claims.put("aud", clientId);
    token.claims.put("sub", "user-" + UUID.randomUUID());
    token.claims.put("iat", now.getEpochSecond());
    token.claims.put("exp", now.plusSeconds(300).getEpochSecond());
    token.claims.put("nonce", nonce);
    token.claims.put("name", "Robin Manager");
    token.claims.put("given_name", "Robin");
    token.claims.put("family_name", "Manager");
    token.claims.put("email", "robin@example.edu");
    token.claims.put(LTI + "message_type", "LtiResourceLinkRequest");
    token.claims.put(LTI + "version", "1.3.0");
    token.claims.put(LTI + "deployment_id", deploymentId);
    token.claims.put(LTI + "target_link_uri", "https://firstline.example/lti/launch");
    token.claims.put(LTI + "resource_link", Map.of("id", "link-1", "title", "A mistake"));
    token.claims.put(LTI + "roles", List.of(LEARNER));
    token.claims.put(LTI + "context", Map.of("id", "course-1", "title", "New managers"));
    token.claims.put(LTI + "custom", Map.of("module", DEFAULT_MODULE, "employee_id", "E-42"));
    token.claims.put(LTI + "lis", Map.of("person_sourcedid", "sis-42"));
    token.claims.put(
        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
        Map.of(
            "scope",
            List.of(
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
            "lineitems",
            "https://lms.example.edu/courses/1/lineitems",
            "lineitem",
            "https://lms.example.edu/courses/1/lineitems/7"));
    token.claims.put(
        "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
        Map.of(
            "context_memberships_url",
            "https://lms.example.edu/courses/1/memberships",
            "service_versions",
            List.of("2.0")));
    return token;
  }

  public static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public IdTokens withoutKid() {
    kid = null;
    return this;
  }

  public IdTokens withKid(String otherKid) {
    kid = otherKid;
    return this;
  }

  public IdTokens signedWith(RSAKey otherKey) {
    key = otherKey;
    kid = otherKey.getKeyID();
    return this;
  }

  /** alg "none", no signature. */
  public IdTokens unsigned() {
    signing = Signing.NONE;
    return this;
  }

  /** HS256 with the platform's public key as the secret: the classic key-confusion attack. */
  public IdTokens signedWithHmac() {
    signing = Signing.HS256;
    return this;
  }

  public IdTokens withoutAlg() {
    signing = Signing.NO_ALG;
    return this;
  }

  public IdTokens with(String claim, Object value) {
    claims.put(claim, value);
    return this;
  }

  public IdTokens without(String claim) {
    claims.remove(claim);
    return this;
  }

  public IdTokens withLti(String claim, Object value) {
    return with(LTI + claim, value);
  }

  public IdTokens withoutLti(String claim) {
    return without(LTI + claim);
  }

  public IdTokens withRoles(String... roles) {
    return withLti("roles", List.of(roles));
  }

  public IdTokens issuedAt(Instant when) {
    return with("iat", when.getEpochSecond());
  }

  public IdTokens expiresAt(Instant when) {
    return with("exp", when.getEpochSecond());
  }

  public IdTokens withoutPersonalData() {
    for (String claim : List.of("name", "given_name", "family_name", "email")) {
      claims.remove(claim);
    }
    return withoutLti("lis");
  }

  public String subject() {
    return (String) claims.get("sub");
  }

  public RSAKey key() {
    return key;
  }

  public String serialize() {
    try {
      JWTClaimsSet claimSet = JWTClaimsSet.parse(new LinkedHashMap<>(claims));
      return switch (signing) {
        case RS256 -> {
          SignedJWT jwt =
              new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claimSet);
          jwt.sign(new RSASSASigner(key));
          yield jwt.serialize();
        }
        case HS256 -> {
          SignedJWT jwt =
              new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claimSet);
          jwt.sign(
              new MACSigner(key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
          yield jwt.serialize();
        }
        case NONE -> new PlainJWT(claimSet).serialize();
        case NO_ALG -> {
          Map<String, Object> header = new LinkedHashMap<>();
          header.put("typ", "JWT");
          if (kid != null) {
            header.put("kid", kid);
          }
          yield Base64URL.encode(JSONObjectUtils.toJSONString(header))
              + "."
              + Base64URL.encode(claimSet.toString())
              + "."
              + Base64URL.encode("not a signature");
        }
      };
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
