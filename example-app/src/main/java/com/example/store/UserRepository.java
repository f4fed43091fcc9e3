package com.example.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Users, their API tokens and their favourite items, in the store's database. Every method works
 * on the connection it is given: the request's own, in its transaction.
 */
public final class UserRepository {
  /** Creates the tables and two users, {@code alice-token} and {@code bob-token}, when missing. */
  public static void createSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS app_user (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL, "
          + "token VARCHAR(64) NOT NULL UNIQUE)");
      statement.execute("CREATE TABLE IF NOT EXISTS favorite (user_id BIGINT NOT NULL REFERENCES app_user(id), "
          + "item_id BIGINT NOT NULL, PRIMARY KEY (user_id, item_id))");
      statement.execute("CREATE TABLE IF NOT EXISTS avatar (user_id BIGINT PRIMARY KEY REFERENCES app_user(id), "
          + "content_type VARCHAR(100) NOT NULL, content VARBINARY NOT NULL)");
      statement.execute("MERGE INTO app_user KEY (id) VALUES (1, 'Alice', 'alice-token'), (2, 'Bob', 'bob-token')");
    }
  }

  public Optional<User> findByToken(Connection connection, String token) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM app_user WHERE token = ?")) {
      select.setString(1, token);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(new User(rows.getLong("id"), rows.getString("name"))) : Optional.empty();
      }
    }
  }

  /** Whether the favourite is new. */
  public boolean addFavorite(Connection connection, long userId, long itemId) throws SQLException {
    if (favorites(connection, userId).contains(itemId)) {
      return false;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO favorite (user_id, item_id) VALUES (?, ?)")) {
      insert.setLong(1, userId);
      insert.setLong(2, itemId);
      return insert.executeUpdate() == 1;
    }
  }

  /** The ids of a user's favourite items, in order. */
  public List<Long> favorites(Connection connection, long userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT item_id FROM favorite WHERE user_id = ? ORDER BY item_id")) {
      select.setLong(1, userId);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    }
  }

  public boolean itemExists(Connection connection, long itemId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM item WHERE id = ?")) {
      select.setLong(1, itemId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Replaces the user's avatar. */
  public void saveAvatar(Connection connection, long userId, String contentType, byte[] content) throws SQLException {
    try (PreparedStatement merge = connection.prepareStatement(
        "MERGE INTO avatar (user_id, content_type, content) KEY (user_id) VALUES (?, ?, ?)")) {
      merge.setLong(1, userId);
      merge.setString(2, contentType);
      merge.setBytes(3, content);
      merge.executeUpdate();
    }
  }

  /** The user's avatar, or empty. */
  public Optional<Avatar> avatar(Connection connection, long userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT content_type, content FROM avatar WHERE user_id = ?")) {
      select.setLong(1, userId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(new Avatar(rows.getString(1), rows.getBytes(2))) : Optional.empty();
      }
    }
  }

  /** A stored avatar. */
  public record Avatar(String contentType, byte[] content) {}
}
