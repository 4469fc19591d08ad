package com.firstline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The integration-test server's database, for counting rows, finding ids and backdating rows. */
public final class TestDatabase {
  private TestDatabase() {}

  public static long count(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      bind(query, parameters);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      bind(query, parameters);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row, in the query's order. */
  public static List<String> texts(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      bind(query, parameters);
      List<String> values = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          values.add(row.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int update(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url") + "?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
  }
}
