package dev.hotpath.it.api;

import dev.hotpath.Controller;
import dev.hotpath.Delete;
import dev.hotpath.Get;
import dev.hotpath.HttpException;
import dev.hotpath.Patch;
import dev.hotpath.Post;
import dev.hotpath.Put;
import dev.hotpath.Response;

/** Routing rules: literals before variables, methods, trailing slashes, statuses, errors. */
@Controller(value = "/r")
public class RoutingController {
  @Get("/items/{id}")
  public String item(String id) {
    return "variable " + id;
  }

  @Get("/items/new")
  public String newItem() {
    return "literal new";
  }

  @Delete("/items/{itemId}")
  public void deleteItem(String itemId) {}

  @Put("/items/{id}")
  public String putItem(String id) {
    return "put " + id;
  }

  @Patch(value = "/items/{id}", status = 202)
  public String patchItem(String id) {
    return "patch " + id;
  }

  @Post(value = "/things/", status = 201)
  public Response<String> createThing() {
    return Response.status(201).header("Location", "/r/things/1").body("created");
  }

  @Get("/")
  public String root() {
    return "root";
  }

  @Get("/bytes")
  public byte[] bytes() {
    return new byte[] {1, 2, 3};
  }

  @Get("/image")
  public Response<byte[]> image() {
    return Response.status(200).header("Content-Type", "image/png").body(new byte[2048]);
  }

  @Get("/missing")
  public String missing() {
    throw new HttpException(404, "Item not found").withHeader("X-Reason", "gone");
  }

  @Get("/boom")
  public String boom() {
    throw new IllegalStateException("secret stack detail");
  }

  @Get("/null-response")
  public Response<String> nullResponse() {
    return null;
  }

  /** A header built from the request, as careless code builds one: the server must not let it split the response. */
  @Get("/echo-header")
  public Response<String> echoHeader(String name, String value) {
    return Response.status(200).header(name, value).body("echoed");
  }
}
