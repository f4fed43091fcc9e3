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
        + "price DECIMAL(12, 2) NOT NULL, tags VARCHAR(30) ARRAY NOT NULL)");
  }

  /** An in-memory database that lives as long as the JVM. */
  public static ItemRepository inMemory(String name) {
    return new ItemRepository("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
  }

  public Optional<Item> find(long id) {
    try (Connection connection = connect();
        PreparedStatement select = connection.prepareStatement("SELECT id, name, price, tags FROM item WHERE id = ?")) {
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
            "SELECT id, name, price, tags FROM item WHERE LOWER(name) LIKE ? ORDER BY id LIMIT ? OFFSET ?")) {
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

  /**
   * Every item, read from one result set as the stream is consumed (the export does not hold the
   * table in memory); closing the stream closes the result set and its connection.
   */
  public java.util.stream.Stream<Item> streamAll() {
    try {
      Connection connection = connect();
      PreparedStatement select = connection.prepareStatement("SELECT id, name, price, tags FROM item ORDER BY id");
      select.setFetchSize(100);
      ResultSet rows = select.executeQuery();
      java.util.Iterator<Item> items = new java.util.Iterator<>() {
        private Boolean ahead;

        @Override
        public boolean hasNext() {
          try {
            if (ahead == null) {
              ahead = rows.next();
            }
            return ahead;
          } catch (SQLException e) {
            throw new IllegalStateException("Could not read items", e);
          }
        }

        @Override
        public Item next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          ahead = null;
          try {
            return item(rows);
          } catch (SQLException e) {
            throw new IllegalStateException("Could not read items", e);
          }
        }
      };
      return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(items,
          java.util.Spliterator.ORDERED), false).onClose(() -> {
            try (connection; select; rows) {
              // closed in reverse order
            } catch (SQLException e) {
              throw new IllegalStateException("Could not close the export's result set", e);
            }
          });
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read items", e);
    }
  }

  /** How many items match {@code query}. */
  public long count(String query) {
    try (Connection connection = connect();
        PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM item WHERE LOWER(name) LIKE ?")) {
      count.setString(1, "%" + query.toLowerCase(java.util.Locale.ROOT) + "%");
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count items", e);
    }
  }

  public Item insert(NewItem item) {
    try (Connection connection = connect();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO item (name, price, tags) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, item.name());
      insert.setBigDecimal(2, item.price());
      insert.setArray(3, connection.createArrayOf("VARCHAR", item.tags().toArray()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new Item(keys.getLong(1), item.name(), item.price(), List.copyOf(item.tags()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not insert item " + item.name(), e);
    }
  }

  /** The replaced item, or empty when there is none with this id. */
  public Optional<Item> replace(long id, NewItem item) {
    try (Connection connection = connect();
        PreparedStatement update = connection.prepareStatement(
            "UPDATE item SET name = ?, price = ?, tags = ? WHERE id = ?")) {
      update.setString(1, item.name());
      update.setBigDecimal(2, item.price());
      update.setArray(3, connection.createArrayOf("VARCHAR", item.tags().toArray()));
      update.setLong(4, id);
      return update.executeUpdate() == 1
          ? Optional.of(new Item(id, item.name(), item.price(), List.copyOf(item.tags())))
          : Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update item " + id, e);
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

  /** A new connection to the store's database; the caller closes it. */
  public Connection connect() throws SQLException {
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
    Object[] tags = (Object[]) rows.getArray("tags").getArray();
    List<String> names = new ArrayList<>(tags.length);
    for (Object tag : tags) {
      names.add((String) tag);
    }
    return new Item(rows.getLong("id"), rows.getString("name"), rows.getBigDecimal("price"), List.copyOf(names));
  }

  @Override
  public void close() {
    jdbcExecutor.shutdown();
  }
}
