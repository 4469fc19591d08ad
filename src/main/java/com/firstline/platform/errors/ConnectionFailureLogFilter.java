package com.firstline.platform.errors;

import java.util.function.Consumer;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Set on Hibernate's SQL error logger: lets every SQL error through except connection failures
 * (SQLSTATE class 08), which are handed to {@code onDropped} instead (see {@link DatabaseOutage}).
 * A syntax error, a broken constraint or a deadlock is logged as before.
 *
 * <p>Hibernate logs each failed statement as two lines on the same thread, one right after the
 * other: a WARNING "SQL Error: &lt;code&gt;, SQLState: &lt;state&gt;", then an ERROR with the
 * driver's message and no exception attached. The state is only in the first line, so a dropped
 * first line drops the ERROR that follows it on that thread too. Pure logic.
 */
final class ConnectionFailureLogFilter implements Filter {
  static final String HIBERNATE_SQL_ERRORS = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";
  private static final String STATE_LINE = "SQL Error: ";
  private static final String CONNECTION_STATE = "SQLState: 08";

  private final Consumer<String> onDropped;
  private final ThreadLocal<Boolean> dropNextError = new ThreadLocal<>();

  ConnectionFailureLogFilter(Consumer<String> onDropped) {
    this.onDropped = onDropped;
  }

  @Override
  public boolean isLoggable(LogRecord line) {
    String message = line.getMessage();
    if (message != null && message.startsWith(STATE_LINE)) {
      boolean connectionFailure = message.contains(CONNECTION_STATE);
      if (connectionFailure) {
        dropNextError.set(Boolean.TRUE);
      } else {
        dropNextError.remove();
      }
      return !connectionFailure;
    }
    boolean dropped =
        Boolean.TRUE.equals(dropNextError.get())
            && line.getLevel().intValue() >= Level.SEVERE.intValue();
    dropNextError.remove();
    if (dropped) {
      onDropped.accept(message);
    }
    return !dropped;
  }
}
