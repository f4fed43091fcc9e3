package com.example.store;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.HttpException;
import dev.hotpath.Post;
import dev.hotpath.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The current user and their favourite items. Every route gets the user from the
 * {@code Authorization} header and works in the request's transaction.
 */
@Controller(value = "/users/me", tags = "users")
public final class UserController {
  private final UserRepository users;

  public UserController(UserRepository users) {
    this.users = users;
  }

  /** The user the token belongs to. */
  @Get("")
  public User me(User user) {
    return user;
  }

  /** The ids of the user's favourite items. */
  @Get("/favorites")
  public List<Long> favorites(User user, Connection connection) throws SQLException {
    return users.favorites(connection, user.id());
  }

  /**
   * Marks an item as a favourite. The row is written before the item is looked up: a 404 rolls
   * the transaction back, so nothing of a failed request stays in the database.
   */
  @Post("/favorites/{itemId}")
  public Response<List<Long>> addFavorite(User user, Connection connection, long itemId) throws SQLException {
    boolean added = users.addFavorite(connection, user.id(), itemId);
    if (!users.itemExists(connection, itemId)) {
      throw new HttpException(404, "Item not found");
    }
    return Response.status(added ? 201 : 200).body(users.favorites(connection, user.id()));
  }
}
