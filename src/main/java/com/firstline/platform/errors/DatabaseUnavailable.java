package com.firstline.platform.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises a failure that means the database cannot be reached right now (it is down or
 * restarting, or the pool has no connection to give) and answers it with a 503 the caller may try
 * again after. Such a failure is not a bug: answering it with a 500 and a stack trace would hide
 * the real cause from the operator and tell the client nothing useful. Pure logic.
 */
public final class DatabaseUnavailable {
  /** Seconds a client is asked to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** SQLSTATE class 08: connection exception (SQL standard, used by MySQL and MariaDB drivers). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  /**
   * The MySQL driver's own failures that mean the connection is gone, by name: the driver lives in
   * the server's library, which the application's class loader does not see.
   */
  private static final Set<String> DRIVER_CONNECTION_FAILURES =
      Set.of(
          "com.mysql.cj.exceptions.CJCommunicationsException",
          "com.mysql.cj.exceptions.ConnectionIsClosedException",
          "com.mysql.cj.exceptions.StatementIsClosedException");

  private DatabaseUnavailable() {}

  /**
   * A read whose answer cannot be trusted because the transaction it ran in had already failed:
   * "not found" from it may be a row the database could not be asked about.
   */
  public static final class ReadFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReadFailed(String what) {
      super(
          "Reading "
              + what
              + " failed: its transaction was marked for rollback, so the database did not answer");
    }
  }

  /** Whether anything in the chain of causes says the database connection failed. */
  public static boolean isCauseOf(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
      if (t instanceof ReadFailed
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || DRIVER_CONNECTION_FAILURES.contains(t.getClass().getName())) {
        // Among the driver's: when a connection breaks, the pool closes every connection it holds
        // (purge policy EntirePool), and the statements other requests were running on them
        // fail as "closed". Firstline never closes a statement itself (JPA does), so in this
        // application a closed statement means the database went away under the request.
        return true;
      }
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          String state = next.getSQLState();
          if (state != null && state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The innermost message of the chain on one line (the driver's messages run over several), for a
   * log line or a health check's data without a stack trace.
   */
  public static String rootMessage(Throwable failure) {
    Throwable root = failure;
    int depth = 0;
    while (root.getCause() != null && root.getCause() != root && depth++ < 30) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage()).strip().replaceAll("\\s+", " ");
    return root.getClass().getSimpleName() + ": " + message;
  }

  public static Problem problem() {
    return Problem.of(
        503,
        Problem.titleFor(503),
        "The database cannot be reached just now. Try again in a few seconds: what this request"
            + " sent may not have been saved.");
  }
}
