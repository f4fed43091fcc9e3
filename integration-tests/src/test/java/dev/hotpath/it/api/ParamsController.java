package dev.hotpath.it.api;

import dev.hotpath.Controller;
import dev.hotpath.Cookie;
import dev.hotpath.Default;
import dev.hotpath.Get;
import dev.hotpath.Header;
import dev.hotpath.Path;
import dev.hotpath.Query;
import dev.hotpath.Request;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every way a parameter binds; each route echoes what it bound as text. */
@Controller("/params")
public class ParamsController {
  @Get("/path/{id}/{name}")
  public String path(long id, String name) {
    return "id=" + id + " name=" + name;
  }

  @Get("/explicit/{item_id}")
  public String explicitPath(@Path("item_id") int itemId) {
    return "itemId=" + itemId;
  }

  @Get("/files/{rest:path}")
  public String files(String rest) {
    return "rest=" + rest;
  }

  @Get("/query")
  public String query(int limit, Optional<String> q, @Default("10") int size, @Query("sort-by") Optional<String> sortBy,
      @Nullable Integer page) {
    return "limit=" + limit + " q=" + q.orElse("-") + " size=" + size + " sortBy=" + sortBy.orElse("-")
        + " page=" + page;
  }

  @Get("/lists")
  public String lists(List<Integer> ids, @Nullable Set<Color> colors) {
    return "ids=" + ids + " colors=" + colors;
  }

  @Get("/scalars")
  public String scalars(UUID id, BigDecimal amount, LocalDate day, Color color, boolean flag, double ratio) {
    return id + " " + amount + " " + day + " " + color + " " + flag + " " + ratio;
  }

  @Get("/headers")
  public String headers(@Header String userAgent, @Header("X-Currency") @Default("EUR") String currency,
      @Header("X-Trace") List<String> traces, @Header Optional<Integer> xLimit) {
    return "ua=" + userAgent + " currency=" + currency + " traces=" + traces + " xLimit=" + xLimit.orElse(-1);
  }

  @Get("/cookies")
  public String cookies(@Cookie String session, @Cookie("theme") @Default("light") String theme) {
    return "session=" + session + " theme=" + theme;
  }

  @Get("/request")
  public String request(Request request) {
    return request.method() + " " + request.path() + " ?" + request.rawQuery();
  }

  @Get("/all/{id}")
  public String all(@Cookie int c, @Header("X-H") int h, int q, int id) {
    return "ok";
  }
}
