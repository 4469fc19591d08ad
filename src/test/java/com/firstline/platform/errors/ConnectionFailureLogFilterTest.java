package com.firstline.platform.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ConnectionFailureLogFilterTest {
  /** The level jboss-logging gives Hibernate's ERROR lines on java.util.logging. */
  private static final Level ERROR = new Level("ERROR", Level.SEVERE.intValue()) {};

  private final List<String> dropped = new ArrayList<>();
  private final ConnectionFailureLogFilter filter = new ConnectionFailureLogFilter(dropped::add);

  @Test
  void aConnectionFailureIsHandedOverInsteadOfLogged() {
    assertFalse(filter.isLoggable(line(Level.WARNING, "SQL Error: 0, SQLState: 08S01")));
    assertFalse(filter.isLoggable(line(ERROR, "Communications link failure")));
    assertEquals(List.of("Communications link failure"), dropped);
  }

  @Test
  void realSqlErrorsAreLoggedAsBefore() {
    assertTrue(filter.isLoggable(line(Level.WARNING, "SQL Error: 1062, SQLState: 23000")));
    assertTrue(filter.isLoggable(line(ERROR, "Duplicate entry 'x' for key 'PRIMARY'")));
    assertTrue(filter.isLoggable(line(Level.WARNING, "SQL Error: 1064, SQLState: 42000")));
    assertTrue(filter.isLoggable(line(ERROR, "You have an error in your SQL syntax")));
    assertEquals(List.of(), dropped);
  }

  @Test
  void onlyTheErrorRightAfterAConnectionFailureIsDropped() {
    assertFalse(filter.isLoggable(line(Level.WARNING, "SQL Error: 0, SQLState: 08001")));
    assertFalse(filter.isLoggable(line(ERROR, "Could not create connection")));
    assertTrue(filter.isLoggable(line(ERROR, "an error of its own, later")));

    assertFalse(filter.isLoggable(line(Level.WARNING, "SQL Error: 0, SQLState: 08S01")));
    assertTrue(filter.isLoggable(line(Level.INFO, "something else came first")));
    assertTrue(filter.isLoggable(line(ERROR, "so this error is not the failure's")));
  }

  @Test
  void anotherThreadsErrorIsNotTakenForTheFailuresLine() throws InterruptedException {
    assertFalse(filter.isLoggable(line(Level.WARNING, "SQL Error: 0, SQLState: 08S01")));
    boolean[] loggedElsewhere = new boolean[1];
    Thread other =
        new Thread(() -> loggedElsewhere[0] = filter.isLoggable(line(ERROR, "Deadlock found")));
    other.start();
    other.join();
    assertTrue(loggedElsewhere[0]);
    assertFalse(filter.isLoggable(line(ERROR, "Communications link failure")));
  }

  private static LogRecord line(Level level, String message) {
    return new LogRecord(level, message);
  }
}
