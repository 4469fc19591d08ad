package com.firstline.privacy;

import com.firstline.audit.Admin;
import com.firstline.platform.errors.ProblemException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Finds a person for an admin, within the admin's tenant: an LMS Administrator finds only people
 * launched from their own registration; anyone else in the database is "not found" to them, as is a
 * person who does not exist. {@code FOR UPDATE} holds the person's row while it is erased.
 */
final class PeopleDirectory {
  private PeopleDirectory() {}

  static PersonKey byId(Connection db, Admin admin, long id, boolean lock) throws SQLException {
    return find(db, admin, "p.id = ?", lock, id)
        .orElseThrow(() -> ProblemException.notFound("There is no person " + id + " you can see."));
  }

  static PersonKey byKey(Connection db, Admin admin, String issuer, String subject, boolean lock)
      throws SQLException {
    return find(db, admin, "p.issuer = ? AND p.subject = ?", lock, issuer, subject)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "There is no person with this issuer and subject that you can see."));
  }

  private static java.util.Optional<PersonKey> find(
      Connection db, Admin admin, String where, boolean lock, Object... parameters)
      throws SQLException {
    String sql =
        "SELECT p.id, p.issuer, p.subject FROM person p WHERE "
            + where
            + (admin.everything()
                ? ""
                : " AND EXISTS (SELECT 1 FROM lti_launch l WHERE l.person_id = p.id"
                    + " AND l.registration_id = ?)")
            + (lock ? " FOR UPDATE" : "");
    try (PreparedStatement query = db.prepareStatement(sql)) {
      int i = 1;
      for (Object parameter : parameters) {
        query.setObject(i++, parameter);
      }
      if (!admin.everything()) {
        query.setLong(i, admin.registrationId());
      }
      try (ResultSet row = query.executeQuery()) {
        return row.next()
            ? java.util.Optional.of(
                new PersonKey(row.getLong(1), row.getString(2), row.getString(3)))
            : java.util.Optional.empty();
      }
    }
  }
}
