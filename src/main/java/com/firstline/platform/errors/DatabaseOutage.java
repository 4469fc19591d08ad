package com.firstline.platform.errors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Tells the operator once that the database cannot be reached and once that it answers again. In
 * between, every request, readiness probe and background round that meets the outage is still
 * answered (a 503, readiness DOWN) but logged no more: one line per failure would be many lines a
 * second, all saying the same. Hibernate's own line for each failed statement is held back the same
 * way while it is a connection failure (see {@link ConnectionFailureLogFilter}).
 *
 * <p>The way back is seen by the readiness check: the first one the database answers logs it.
 */
@ApplicationScoped
public class DatabaseOutage {
  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  /** Held here so that the logger, and the filter set on it, live as long as the application. */
  private static final Logger HIBERNATE_SQL_ERRORS =
      Logger.getLogger(ConnectionFailureLogFilter.HIBERNATE_SQL_ERRORS);

  /** When the outage began; null while the database answers. */
  private final AtomicReference<Instant> since = new AtomicReference<>();

  private ConnectionFailureLogFilter filter;

  Clock clock = Clock.systemUTC();

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    filter = new ConnectionFailureLogFilter(this::met);
    HIBERNATE_SQL_ERRORS.setFilter(filter);
  }

  @PreDestroy
  void stop() {
    if (filter != null && HIBERNATE_SQL_ERRORS.getFilter() == filter) {
      HIBERNATE_SQL_ERRORS.setFilter(null);
    }
  }

  /** Something failed because the database cannot be reached. */
  public void met(Throwable failure) {
    met(DatabaseUnavailable.rootMessage(failure));
  }

  /** Something failed because the database cannot be reached, for {@code reason}. */
  public void met(String reason) {
    if (since.compareAndSet(null, clock.instant())) {
      // The driver's messages run over several lines; the warning is one.
      String oneLine = String.valueOf(reason).strip().replaceAll("\\s+", " ");
      LOG.warning(
          () ->
              "The database cannot be reached ("
                  + oneLine
                  + "). Requests are answered 503 and readiness is DOWN until it answers again;"
                  + " the failures are not logged one by one, and the first readiness check it"
                  + " answers logs that it is back.");
    }
  }

  /** The database answered a query. */
  public void answered() {
    Instant began = since.getAndSet(null);
    if (began != null) {
      long seconds = Duration.between(began, clock.instant()).toSeconds();
      LOG.info(() -> "The database answers again, after " + seconds + " s unreachable.");
    }
  }

  /** Whether an outage has been met and not yet seen to end. */
  public boolean ongoing() {
    return since.get() != null;
  }
}
