package com.firstline.platform.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
  private static final Logger LOGGER = Logger.getLogger(DatabaseOutage.class.getName());
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord line) {
          logged.add(line);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    LOGGER.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    LOGGER.removeHandler(capture);
  }

  @Test
  void anOutageIsLoggedOnceWhenMetAndOnceWhenItEnds() {
    DatabaseOutage outage = new DatabaseOutage();
    Instant start = Instant.parse("2026-12-05T12:00:00Z");
    outage.clock = Clock.fixed(start, ZoneOffset.UTC);
    outage.answered();
    assertEquals(List.of(), logged, "nothing to say while the database answers");

    Throwable refused =
        new RuntimeException(
            new SQLException(
                "Communications link failure\n\nThe driver has not received any packets.",
                "08S01"));
    for (int i = 0; i < 50; i++) {
      outage.met(refused);
    }
    outage.met("Could not create connection");
    assertTrue(outage.ongoing());
    assertEquals(1, logged.size());
    assertEquals(Level.WARNING, logged.get(0).getLevel());
    String warning = logged.get(0).getMessage();
    assertTrue(warning.contains("The database cannot be reached"), warning);
    assertTrue(
        warning.contains(
            "SQLException: Communications link failure The driver has not received any packets."),
        "the driver's message on the warning's one line: " + warning);

    outage.clock = Clock.fixed(start.plus(Duration.ofSeconds(42)), ZoneOffset.UTC);
    outage.answered();
    outage.answered();
    assertFalse(outage.ongoing());
    assertEquals(2, logged.size());
    assertEquals(Level.INFO, logged.get(1).getLevel());
    assertTrue(logged.get(1).getMessage().contains("after 42 s"), logged.get(1).getMessage());

    outage.met("Connection refused");
    assertEquals(3, logged.size(), "a second outage is told again");
  }

  @Test
  void theWarningIsOneLineWhateverTheDriverSaid() {
    DatabaseOutage outage = new DatabaseOutage();
    outage.met("Communications link failure\n\nThe last packet sent successfully was 0 ms ago.");
    String warning = logged.get(0).getMessage();
    assertFalse(warning.contains("\n"), warning);
    assertTrue(
        warning.contains("(Communications link failure The last packet sent successfully"),
        warning);
  }
}
