package com.firstline.lti.testplatform;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth token endpoint of the test platform: checks the tool's client assertion as a strict
 * platform would (signature against the tool's published JWKS, iss = sub = client_id, the expected
 * audience, not expired, jti never seen) and issues opaque tokens for the asked scopes.
 */
final class TokenEndpoint {
  private final String toolJwksUrl;
  private final String clientId;
  private final Set<String> seenJti = ConcurrentHashMap.newKeySet();
  private final Map<String, Set<String>> issued = new ConcurrentHashMap<>();
  private volatile String expectedAudience;

  TokenEndpoint(String toolJwksUrl, String clientId, String expectedAudience) {
    this.toolJwksUrl = toolJwksUrl;
    this.clientId = clientId;
    this.expectedAudience = expectedAudience;
  }

  void expectAudience(String audience) {
    expectedAudience = audience;
  }

  /** The token's scopes, or null for a token this platform never issued. */
  Set<String> scopesOf(String token) {
    return token == null ? null : issued.get(token);
  }

  int issuedCount() {
    return issued.size();
  }

  /** The answer: 200 with a token, or 400/401 with an OAuth error and why. */
  Reply answer(String form) {
    Map<String, String> fields = parse(form);
    if (!"client_credentials".equals(fields.get("grant_type"))
        || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            .equals(fields.get("client_assertion_type"))) {
      return Reply.status(400, "{\"error\":\"unsupported_grant_type\"}");
    }
    String problem = checkAssertion(fields.get("client_assertion"));
    if (problem != null) {
      return Reply.status(
          401, "{\"error\":\"invalid_client\",\"error_description\":\"" + problem + "\"}");
    }
    String token = UUID.randomUUID().toString();
    Set<String> scopes = Set.copyOf(Arrays.asList(fields.getOrDefault("scope", "").split(" ")));
    issued.put(token, scopes);
    return Reply.status(
        200,
        "{\"access_token\":\""
            + token
            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\""
            + String.join(" ", scopes)
            + "\"}");
  }

  private String checkAssertion(String assertion) {
    try {
      SignedJWT jwt = SignedJWT.parse(assertion);
      JWKSet keys = JWKSet.load(URI.create(toolJwksUrl).toURL());
      var key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
      if (key == null) {
        return "unknown kid";
      }
      if (!jwt.verify(new RSASSAVerifier((RSAKey) key))) {
        return "bad signature";
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
        return "iss and sub must be the client_id";
      }
      if (claims.getAudience() == null || !claims.getAudience().contains(expectedAudience)) {
        return "wrong audience";
      }
      if (claims.getExpirationTime() == null
          || claims.getExpirationTime().toInstant().isBefore(Instant.now())
          || claims.getIssueTime() == null) {
        return "expired or no iat";
      }
      if (claims.getJWTID() == null || !seenJti.add(claims.getJWTID())) {
        return "jti missing or replayed";
      }
      return null;
    } catch (Exception e) {
      return "unreadable assertion: " + e.getClass().getSimpleName();
    }
  }

  static Map<String, String> parse(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        fields.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return fields;
  }
}
