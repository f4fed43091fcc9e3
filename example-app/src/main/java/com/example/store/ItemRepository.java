package com.example.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Items in an embedded H2 database through plain JDBC. Every method blocks; the async variant runs
 * the blocking call on the repository's own executor, for non-blocking routes.
 */
public final class ItemRepository implements AutoCloseable {
  private final String url;
  private final ExecutorService jdbcExecutor = Executors.newFixedThreadPool(4, task -> {
    Thread thread = new Thread(task, "store-jdbc");
    thread.setDaemon(true);
    return thread;
  });

  public ItemRepository(String url) {
    this.url = url;
    execute("CREATE TABLE IF NOT EXISTS item (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(80) NOT NULL, "
        + "price DECIMAL(12, 2) NOT NULL)");
  }

  /** An in-memory database that lives as long as the JVM. */
  public static ItemRepository inMemory(String name) {
    return new ItemRepository("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
  }

  public Optional<Item> find(long id) {
    try (Connection connection = connect();
        PreparedStatement select = connection.prepareStatement("SELECT id, name, price FROM item WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(item(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read item " + id, e);
    }
  }

  public CompletableFuture<Optional<Item>> findAsync(long id) {
    return CompletableFuture.supplyAsync(() -> find(id), jdbcExecutor);
  }

  /** Items whose name contains {@code query} (case-insensitive), by id. */
  public List<Item> list(String query, int limit, int offset) {
    try (Connection connection = connect();
        PreparedStatement select = connection.prepareStatement(
            "SELECT id, name, price FROM item WHERE LOWER(name) LIKE ? ORDER BY id LIMIT ? OFFSET ?")) {
      select.setString(1, "%" + query.toLowerCase(java.util.Locale.ROOT) + "%");
      select.setInt(2, limit);
      select.setInt(3, offset);
      List<Item> items = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          items.add(item(rows));
        }
      }
      return items;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not list items", e);
    }
  }

  public Item insert(String name, BigDecimal price) {
    try (Connection connection = connect();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO item (name, price) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, name);
      insert.setBigDecimal(2, price);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new Item(keys.getLong(1), name, price);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not insert item " + name, e);
    }
  }

  /** Whether an item was deleted. */
  public boolean delete(long id) {
    try (Connection connection = connect();
        PreparedStatement delete = connection.prepareStatement("DELETE FROM item WHERE id = ?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not delete item " + id, e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  private void execute(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  private static Item item(ResultSet rows) throws SQLException {
    return new Item(rows.getLong("id"), rows.getString("name"), rows.getBigDecimal("price"));
  }

  @Override
  public void close() {
    jdbcExecutor.shutdown();
  }
}
