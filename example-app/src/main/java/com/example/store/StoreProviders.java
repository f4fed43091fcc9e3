package com.example.store;

import dev.hotpath.Header;
import dev.hotpath.HttpException;
import dev.hotpath.Provides;
import dev.hotpath.Scoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The store's dependencies: a JDBC connection per request, in a transaction committed when the
 * route succeeds and rolled back when it fails; and the current user, from an
 * {@code Authorization: Bearer <token>} header, looked up on that connection. Both may block, so
 * both run on the worker pool.
 */
public class StoreProviders {
  private final ItemRepository database;
  private final UserRepository users;

  public StoreProviders(ItemRepository database, UserRepository users) {
    this.database = database;
    this.users = users;
  }

  @Provides
  public Scoped<Connection> connection() throws SQLException {
    Connection connection = database.connect();
    connection.setAutoCommit(false);
    return Scoped.of(connection, failure -> {
      try (connection) {
        if (failure == null) {
          connection.commit();
        } else {
          connection.rollback();
        }
      }
    });
  }

  /** As FastAPI's OAuth2PasswordBearer: no or a bad token is a 401 asking for a bearer token. */
  @Provides
  public User currentUser(@Header Optional<String> authorization, Connection connection) throws SQLException {
    String header = authorization.orElse("");
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new HttpException(401, "Not authenticated").withHeader("WWW-Authenticate", "Bearer");
    }
    return users.findByToken(connection, header.substring(7).strip())
        .orElseThrow(() -> new HttpException(401, "Invalid token").withHeader("WWW-Authenticate", "Bearer"));
  }
}
