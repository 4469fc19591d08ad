package com.firstline.platform.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.exceptions.StatementIsClosedException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aRefusedConnectionDeepInsideTheTransactionsWrappersIsA503() {
    Throwable refused =
        new IllegalStateException(
            "transaction failed",
            new RuntimeException(
                "could not prepare statement",
                new SQLException("Communications link failure", "08S01")));
    assertTrue(DatabaseUnavailable.isCauseOf(refused));
    Problem problem = ProblemMapper.toProblem(refused);
    assertEquals(503, problem.status());
    assertEquals("Service unavailable", problem.title());
    assertTrue(problem.detail().contains("database cannot be reached"), problem.detail());
  }

  @Test
  void aReadThatCouldNotAskTheDatabaseIsA503NotANotFound() {
    Throwable unanswered =
        new IllegalStateException(new DatabaseUnavailable.ReadFailed("LoginState"));
    assertTrue(DatabaseUnavailable.isCauseOf(unanswered));
  }

  @Test
  void anEmptyPoolIsA503() {
    assertTrue(
        DatabaseUnavailable.isCauseOf(
            new RuntimeException(new SQLTransientConnectionException("no connection available"))));
  }

  @Test
  void aStatementClosedUnderARequestWhenThePoolDroppedItsConnectionsIsA503() {
    // As Hibernate reports it when the database stops mid-flush: the driver's statement-closed
    // error inside a plain SQLException (SQLSTATE S1009), inside Hibernate's wrapper.
    Throwable closed =
        new RuntimeException(
            "could not execute batch",
            new SQLException(
                "No operations allowed after statement closed.",
                "S1009",
                new StatementIsClosedException("No operations allowed after statement closed.")));
    assertTrue(DatabaseUnavailable.isCauseOf(closed));
    assertEquals(503, ProblemMapper.toProblem(closed).status());
  }

  @Test
  void otherDatabaseErrorsStayA500() {
    Throwable duplicate =
        new RuntimeException(
            new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"));
    assertFalse(DatabaseUnavailable.isCauseOf(duplicate));
    assertEquals(500, ProblemMapper.toProblem(duplicate).status());
    assertFalse(DatabaseUnavailable.isCauseOf(new IllegalStateException("no cause")));
  }
}
