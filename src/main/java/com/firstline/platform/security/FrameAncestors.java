package com.firstline.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sources allowed to frame Firstline (CSP {@code frame-ancestors}): the configured ones ({@code
 * platform.frame-ancestors}, {@code 'self'} by default) and the origins every {@link
 * FrameOriginSource} knows, such as the registered platforms' issuers and authorization URLs, so an
 * LMS that embeds its tools or opens its content picker in a frame needs no second setting. Kept
 * for {@link #MAX_AGE}, and dropped at once when this node sees {@link FrameOriginsChanged}; other
 * nodes catch up within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class FrameAncestors {
  static final Duration MAX_AGE = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(FrameAncestors.class.getName());

  @Inject
  @ConfigProperty(name = "platform.frame-ancestors", defaultValue = "'self'")
  String configured;

  @Inject Instance<FrameOriginSource> sources;

  Clock clock = Clock.systemUTC();

  private record Known(String directive, Instant until) {}

  private volatile Known known;

  /** The sources for the header, e.g. {@code 'self' https://moodle.example.edu}. */
  public String sources() {
    Known now = known;
    Instant at = clock.instant();
    if (now != null && at.isBefore(now.until())) {
      return now.directive();
    }
    Set<String> origins = new LinkedHashSet<>();
    try {
      for (FrameOriginSource source : sources) {
        origins.addAll(source.frameOrigins());
      }
    } catch (RuntimeException unavailable) {
      // The database may not be ready yet (startup): the configured sources still hold; try
      // again with the next request.
      LOG.log(Level.FINE, "Frame origins unavailable; using the configured ones", unavailable);
      return of(configured, Set.of());
    }
    String directive = of(configured, origins);
    known = new Known(directive, at.plus(MAX_AGE));
    return directive;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) FrameOriginsChanged event) {
    known = null;
  }

  /** The configured sources followed by the origins of the URLs, each once. Pure logic. */
  static String of(String configured, Collection<String> urls) {
    Set<String> all = new LinkedHashSet<>();
    for (String source : configured.trim().split("[\\s,]+")) {
      if (!source.isBlank()) {
        all.add(source);
      }
    }
    urls.stream().map(FrameAncestors::origin).flatMap(Optional::stream).forEach(all::add);
    if (all.isEmpty()) {
      all.add("'none'");
    }
    return String.join(" ", all);
  }

  /** The origin (scheme, host, port) of an http(s) URL; empty for anything else. Pure logic. */
  static Optional<String> origin(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (!(scheme.equals("http") || scheme.equals("https"))
          || host == null
          || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
        return Optional.empty();
      }
      String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
      return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + port);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
