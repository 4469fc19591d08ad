package com.firstline.lti.launch;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An id_token as it arrived: split and decoded, but not trusted. Parsing checks only that it has
 * the shape of a JWS (three parts, JSON header and claims); whether its algorithm, key, signature
 * and claims are acceptable is for the {@link IdTokenCheck}s, so each can refuse with its own
 * message.
 */
public final class IdToken {
  private static final int MAX_LENGTH = 100_000;

  private final Base64URL[] parts;
  private final Map<String, Object> header;
  private final JWTClaimsSet claims;

  private IdToken(Base64URL[] parts, Map<String, Object> header, JWTClaimsSet claims) {
    this.parts = parts;
    this.header = header;
    this.claims = claims;
  }

  public static IdToken parse(String compact) {
    if (compact == null || compact.isBlank()) {
      throw Rule.ID_TOKEN.rejected("The launch has no id_token: the platform must post one.");
    }
    if (compact.length() > MAX_LENGTH) {
      throw Rule.ID_TOKEN.rejected("The id_token is longer than " + MAX_LENGTH + " characters.");
    }
    String[] split = compact.trim().split("\\.", -1);
    if (split.length != 3) {
      throw Rule.ID_TOKEN.rejected(
          "The id_token is not a signed JWT: it has "
              + split.length
              + " dot-separated parts, a JWS has 3.");
    }
    Base64URL[] parts = {new Base64URL(split[0]), new Base64URL(split[1]), new Base64URL(split[2])};
    try {
      Map<String, Object> header = JSONObjectUtils.parse(decode(split[0]));
      JWTClaimsSet claims = JWTClaimsSet.parse(JSONObjectUtils.parse(decode(split[1])));
      return new IdToken(parts, header, claims);
    } catch (ParseException | RuntimeException e) {
      throw Rule.ID_TOKEN.rejected(
          "The id_token is not a JWT: its header or claims cannot be read ("
              + e.getMessage()
              + ").");
    }
  }

  /**
   * The JDK's decoder, not Nimbus's: it is strict (a character outside base64url is an error, not
   * skipped) and a launch spent a twentieth of its CPU in Nimbus's decoding of the claims.
   */
  private static String decode(String base64Url) {
    return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
  }

  /** A header parameter as a string, when present and a string. */
  public Optional<String> header(String name) {
    Object value = header.get(name);
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }

  public boolean hasHeader(String name) {
    return header.get(name) != null;
  }

  public JWTClaimsSet claims() {
    return claims;
  }

  /** A claim as a string, when present and a string. */
  public Optional<String> string(String claim) {
    return claims.getClaim(claim) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** A claim that is a JSON object, when present and an object. */
  public Optional<Map<String, Object>> object(String claim) {
    return asObject(claims.getClaim(claim));
  }

  /** The audience, whether sent as one string or an array. */
  public List<String> audience() {
    return claims.getAudience();
  }

  /** The token as a Nimbus JWS, for verifying its signature; fails for a non-JWS header. */
  SignedJWT signed() throws ParseException {
    return new SignedJWT(parts[0], parts[1], parts[2]);
  }

  @SuppressWarnings("unchecked")
  static Optional<Map<String, Object>> asObject(Object value) {
    return value instanceof Map<?, ?> map
        ? Optional.of((Map<String, Object>) map)
        : Optional.empty();
  }
}
