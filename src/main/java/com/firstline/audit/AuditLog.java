package com.firstline.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The audit log's table ({@code admin_audit}): each {@link AdminAction} is written in the
 * transaction it was fired in (a new one if none), and read back newest first.
 */
@ApplicationScoped
public class AuditLog {
  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  /** One entry as admins read it. */
  public record Entry(
      long id,
      String at,
      String actorKind,
      Long actorPersonId,
      String actor,
      String action,
      String target,
      Long registrationId) {}

  @Transactional
  void write(@Observes AdminAction action) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO admin_audit (at, actor_kind, actor_person_id, actor_label, action,"
                    + " target, registration_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setTimestamp(1, Timestamp.from(clock.instant()));
      insert.setString(2, action.actor().kind().name());
      setLong(insert, 3, action.actor().personId());
      insert.setString(4, cut(label(db, action.actor()), 600));
      insert.setString(5, cut(action.action(), 60));
      insert.setString(6, cut(action.target(), 1000));
      setLong(insert, 7, action.registrationId());
      insert.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Audit entry not written: " + action, e);
      throw new IllegalStateException("The audit log could not be written", e);
    }
  }

  /** The newest entries: all of them, or those of one registration (an LMS admin's tenant). */
  @Transactional
  public List<Entry> newest(Long registrationId, int limit) {
    String sql =
        "SELECT id, at, actor_kind, actor_person_id, actor_label, action, target, registration_id"
            + " FROM admin_audit"
            + (registrationId == null ? "" : " WHERE registration_id = ?")
            + " ORDER BY at DESC, id DESC LIMIT ?";
    try (Connection db = dataSource.getConnection();
        PreparedStatement query = db.prepareStatement(sql)) {
      int i = 1;
      if (registrationId != null) {
        query.setLong(i++, registrationId);
      }
      query.setInt(i, limit);
      List<Entry> entries = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          entries.add(
              new Entry(
                  row.getLong(1),
                  row.getTimestamp(2).toInstant().toString(),
                  row.getString(3),
                  (Long) row.getObject(4, Long.class),
                  row.getString(5),
                  row.getString(6),
                  row.getString(7),
                  (Long) row.getObject(8, Long.class)));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IllegalStateException("The audit log could not be read", e);
    }
  }

  /** The actor as a reader recognises them: the operator, or the person's name and LMS. */
  private static String label(Connection db, Actor actor) throws SQLException {
    if (actor.personId() == null) {
      return "operator (admin token)";
    }
    try (PreparedStatement query =
        db.prepareStatement("SELECT display_name, subject, issuer FROM person WHERE id = ?")) {
      query.setLong(1, actor.personId());
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return "person " + actor.personId();
        }
        String name = row.getString(1) == null ? row.getString(2) : row.getString(1);
        return name + " (" + row.getString(3) + ")";
      }
    }
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
