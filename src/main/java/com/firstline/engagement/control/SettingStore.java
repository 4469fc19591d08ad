package com.firstline.engagement.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Settings an admin stores on the Insights page; one row per setting, the latest value wins. */
@ApplicationScoped
@Transactional
public class SettingStore {
  /** Whether a manager may read their own team's results. */
  public static final String MANAGERS_SEE_OWN_TEAM = "managers-see-own-team";

  @Resource(lookup = "jdbc/firstline")
  DataSource dataSource;

  public Optional<String> value(String name) {
    return new Jdbc(dataSource)
            .query(
                "SELECT value FROM engagement_setting WHERE name = ?", rs -> rs.getString(1), name)
            .stream()
            .findFirst();
  }

  public void store(String name, String value, long by) {
    Jdbc jdbc = new Jdbc(dataSource);
    jdbc.update("DELETE FROM engagement_setting WHERE name = ?", name);
    jdbc.update(
        "INSERT INTO engagement_setting (name, value, changed_by, changed_at) VALUES (?, ?, ?, ?)",
        name,
        value,
        by,
        Timestamp.from(Instant.now()));
  }
}
