package com.firstline.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as column-to-value maps, every column the table has (so a column added later is exported
 * without a change here), with times as ISO-8601 text in UTC.
 */
final class Rows {
  private Rows() {}

  static List<Map<String, Object>> read(Connection db, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        ResultSetMetaData columns = row.getMetaData();
        while (row.next()) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int c = 1; c <= columns.getColumnCount(); c++) {
            values.put(columns.getColumnLabel(c), plain(row.getObject(c)));
          }
          rows.add(values);
        }
      }
      return rows;
    }
  }

  static int update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static Object plain(Object value) {
    if (value instanceof Timestamp time) {
      return time.toInstant().toString();
    }
    if (value instanceof java.time.LocalDateTime time) {
      return time.toString() + "Z";
    }
    if (value instanceof Number || value instanceof Boolean || value == null) {
      return value;
    }
    return value.toString();
  }
}
