package com.firstline.platform.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Short-lived session tokens that the page carries in its requests. A token instead of a cookie,
 * because browsers block third-party cookies inside LMS iframes; signed with a secret every server
 * node shares, so any node accepts a token another node issued. Pure logic: no CDI, no JPA.
 */
public final class SessionTokens {
  private static final String ISSUER = "firstline";
  private static final int MIN_SECRET_BYTES = 32;

  private final byte[] secret;
  private final Duration lifetime;
  private final Clock clock;

  public SessionTokens(String secret, Duration lifetime, Clock clock) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "platform.session-secret must be at least " + MIN_SECRET_BYTES + " bytes long");
    }
    this.secret = bytes;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  public String issue(Caller caller) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(Long.toString(caller.personId()))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .claim("roles", caller.roles().stream().map(Role::name).sorted().toList());
    if (caller.launchId() != null) {
      claims.claim("launch", caller.launchId());
    }
    if (caller.link() != null) {
      claims.claim("link", caller.link().key()).claim("linkModule", caller.link().moduleId());
      if (caller.link().mode() != null) {
        claims.claim("linkMode", caller.link().mode());
      }
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
    try {
      jwt.sign(new MACSigner(secret));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a session token", e);
    }
    return jwt.serialize();
  }

  /**
   * The caller a token proves, or empty when it is malformed, forged, for another use or expired.
   */
  public Optional<Caller> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new MACVerifier(secret))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer())
          || expires == null
          || !clock.instant().isBefore(expires.toInstant())) {
        return Optional.empty();
      }
      List<String> roleNames = claims.getStringListClaim("roles");
      Set<Role> roles = EnumSet.noneOf(Role.class);
      if (roleNames != null) {
        roles.addAll(roleNames.stream().map(Role::valueOf).collect(Collectors.toSet()));
      }
      String linkKey = claims.getStringClaim("link");
      String linkModule = claims.getStringClaim("linkModule");
      Caller.CourseLink link =
          linkKey == null || linkModule == null
              ? null
              : new Caller.CourseLink(linkKey, linkModule, claims.getStringClaim("linkMode"));
      return Optional.of(
          new Caller(
              Long.parseLong(claims.getSubject()), roles, claims.getStringClaim("launch"), link));
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
