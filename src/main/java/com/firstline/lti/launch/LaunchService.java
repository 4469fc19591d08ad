package com.firstline.lti.launch;

import com.firstline.lti.oidc.PendingLogin;
import com.firstline.lti.oidc.StorageCheck;
import com.firstline.lti.registration.RegisteredPlatform;
import com.firstline.platform.http.OutboundHttp;
import com.firstline.platform.identity.Caller;
import com.firstline.platform.identity.Sessions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts or refuses a launch. Everything is checked before anything is written; then the login is
 * used up, the person provisioned and the launch recorded in one transaction, and a session issued.
 */
@ApplicationScoped
public class LaunchService {
  @Inject Launches launches;
  @Inject Sessions sessions;
  @Inject OutboundHttp http;

  @Inject
  @ConfigProperty(name = "lti.clock-skew-seconds", defaultValue = "60")
  long clockSkewSeconds;

  @Inject
  @ConfigProperty(name = "lti.jwks-cache-seconds", defaultValue = "300")
  long jwksCacheSeconds;

  @Inject
  @ConfigProperty(name = "lti.jwks-unknown-kid-cooldown-seconds", defaultValue = "5")
  long unknownKidCooldownSeconds;

  Clock clock = Clock.systemUTC();

  private PlatformKeys platformKeys;

  @PostConstruct
  void init() {
    platformKeys =
        new PlatformKeys(
            new HttpJwksFetcher(http),
            clock,
            Duration.ofSeconds(jwksCacheSeconds),
            Duration.ofSeconds(unknownKidCooldownSeconds));
  }

  /**
   * An accepted launch: where to send the browser and the session it carries. When the browser sent
   * no state cookie, {@code storageCheck} says how its page must read the state back from platform
   * storage before going on; {@code relaunch} is the login's parameters for a new window.
   */
  public record Accepted(
      LaunchFacts facts,
      String launchId,
      String sessionToken,
      StorageCheck storageCheck,
      String relaunch) {
    public String destination() {
      return LaunchDestination.of(facts, sessionToken);
    }
  }

  /**
   * Checks and records a launch. {@code stateCookieMatched} tells whether the browser sent back the
   * login's state cookie; without it, only a login made through platform storage goes on, and its
   * page must still read the state back from there.
   */
  public Accepted launch(String idToken, String state, boolean stateCookieMatched) {
    if (state == null || state.isBlank()) {
      throw Rule.STATE.rejected("The launch has no state: it must come from a Firstline login.");
    }
    IdToken token = IdToken.parse(idToken);
    Launches.Awaited awaited =
        launches
            .awaiting(state)
            .orElseThrow(
                () ->
                    Rule.STATE.rejected(
                        "This login is unknown, used already or older than ten minutes."
                            + " Open the link from your course again."));
    PendingLogin login = awaited.login();
    RegisteredPlatform platform =
        awaited
            .platform()
            .orElseThrow(
                () -> Rule.STATE.rejected("The platform of this login is no longer registered."));
    LaunchRules.verifier(platform, login, platformKeys, clock, Duration.ofSeconds(clockSkewSeconds))
        .verify(token);
    // After the signature: only a launch the platform really signed is offered a new window.
    if (!stateCookieMatched && !login.usedPlatformStorage()) {
      throw new BrowserNotBound(login.relaunch());
    }
    LaunchFacts facts = LaunchFacts.of(token);
    Launches.Recorded recorded = launches.record(login.state(), platform, facts, token);
    String session =
        sessions.issue(
            new Caller(
                recorded.personId(), facts.roles(), recorded.launchId(), LinkKeys.of(facts)));
    StorageCheck check = stateCookieMatched ? null : StorageCheck.of(login, platform.authUrl());
    return new Accepted(facts, recorded.launchId(), session, check, login.relaunch());
  }
}
