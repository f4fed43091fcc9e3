package com.example.store;

import dev.hotpath.Controller;
import dev.hotpath.FileUpload;
import dev.hotpath.Form;
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

  /** Images an avatar may be, as browsers upload them. */
  private static final java.util.Set<String> IMAGE_TYPES = java.util.Set.of("image/png", "image/jpeg", "image/gif",
      "image/webp");
  static final int MAX_AVATAR_BYTES = 512 * 1024;

  /**
   * Uploads the user's avatar (a {@code multipart/form-data} field {@code file}): a PNG, JPEG, GIF or
   * WebP image of at most 512 KiB. Blocking: the upload is read and stored on the worker pool.
   */
  @Post(value = "/avatar", status = 201)
  public AvatarInfo uploadAvatar(User user, Connection connection, @Form("file") FileUpload avatar)
      throws SQLException, java.io.IOException {
    if (!IMAGE_TYPES.contains(avatar.contentType())) {
      throw new HttpException(415, "An avatar is a PNG, JPEG, GIF or WebP image, not " + avatar.contentType());
    }
    if (avatar.size() > MAX_AVATAR_BYTES) {
      throw new HttpException(413, "An avatar is at most " + MAX_AVATAR_BYTES + " bytes");
    }
    users.saveAvatar(connection, user.id(), avatar.contentType(), avatar.bytes());
    return new AvatarInfo(avatar.filename(), avatar.contentType(), avatar.size());
  }

  /** The user's avatar image. */
  @Get("/avatar")
  public Response<byte[]> avatar(User user, Connection connection) throws SQLException {
    UserRepository.Avatar avatar = users.avatar(connection, user.id())
        .orElseThrow(() -> new HttpException(404, "No avatar"));
    return Response.status(200).header("Content-Type", avatar.contentType()).header("Cache-Control", "no-cache")
        .body(avatar.content());
  }

  /** What was stored of an uploaded avatar. */
  public record AvatarInfo(String filename, String contentType, long size) {}
}
