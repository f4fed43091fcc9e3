package dev.hotpath.benchmarks.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AsciiString;
import io.netty.util.CharsetUtil;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark's endpoints by hand: routing by string comparison, JSON with jackson-core's
 * streaming API, the POST's validation written out. What a team writes when it wants the speed
 * and gives up everything else; it answers pipelined blocking requests in completion order, which
 * HTTP/1.1 forbids, so the benchmark never pipelines its blocking routes.
 */
@ChannelHandler.Sharable
final class BaselineHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final JsonFactory JSON = new JsonFactory();
  private static final AsciiString TEXT = AsciiString.cached("text/plain; charset=utf-8");
  private static final AsciiString APPLICATION_JSON = AsciiString.cached("application/json");
  private static final byte[] HELLO = LoadApi.HELLO.getBytes(CharsetUtil.UTF_8);
  private static final AtomicLong IDS = new AtomicLong();

  private final ExecutorService workers;

  BaselineHandler(ExecutorService workers) {
    this.workers = workers;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    String uri = request.uri();
    if (uri.startsWith("/blocking/")) {
      FullHttpRequest held = request.retain();
      workers.execute(() -> {
        try {
          write(ctx, answer(held, uri.substring("/blocking".length())), keepAlive, true);
        } finally {
          held.release();
        }
      });
    } else {
      // Answered inside the read: flushed once when the read completes, as Netty's own examples do.
      write(ctx, answer(request, uri), keepAlive, false);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    ctx.flush();
  }

  private static void write(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive, boolean flush) {
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
    if (!keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    } else if (flush) {
      ctx.writeAndFlush(response, ctx.voidPromise());
    } else {
      ctx.write(response, ctx.voidPromise());
    }
  }

  private static FullHttpResponse answer(FullHttpRequest request, String uri) {
    try {
      HttpMethod method = request.method();
      if (method == HttpMethod.GET && uri.equals("/plaintext")) {
        return response(HttpResponseStatus.OK, TEXT, Unpooled.wrappedBuffer(HELLO));
      }
      if (method == HttpMethod.GET && uri.equals("/json")) {
        return json(HttpResponseStatus.OK, json -> {
          json.writeStartObject();
          json.writeStringField("message", LoadApi.HELLO);
          json.writeEndObject();
        });
      }
      if (method == HttpMethod.GET && uri.startsWith("/echo/")) {
        return echo(uri);
      }
      if (method == HttpMethod.POST && uri.equals("/items")) {
        return create(request.content());
      }
      if (method == HttpMethod.GET && uri.equals("/sleep")) {
        Thread.sleep(1);
        return response(HttpResponseStatus.OK, TEXT, Unpooled.wrappedBuffer(HELLO));
      }
      return json(HttpResponseStatus.NOT_FOUND, json -> detail(json, "Not Found"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response(HttpResponseStatus.SERVICE_UNAVAILABLE, TEXT, Unpooled.EMPTY_BUFFER);
    } catch (IOException | RuntimeException e) {
      return json(HttpResponseStatus.BAD_REQUEST, json -> detail(json, "Bad Request"));
    }
  }

  private static FullHttpResponse echo(String uri) {
    QueryStringDecoder decoder = new QueryStringDecoder(uri);
    String name = decoder.path().substring("/echo/".length());
    if (name.isEmpty() || name.indexOf('/') >= 0) {
      return json(HttpResponseStatus.NOT_FOUND, json -> detail(json, "Not Found"));
    }
    List<String> values = decoder.parameters().get("n");
    int n;
    try {
      n = values == null ? 1 : Integer.parseInt(values.get(0));
    } catch (NumberFormatException e) {
      return json(HttpResponseStatus.UNPROCESSABLE_ENTITY, json -> detail(json, "n is not an integer"));
    }
    return json(HttpResponseStatus.OK, json -> {
      json.writeStartObject();
      json.writeStringField("name", name);
      json.writeNumberField("n", n);
      json.writeEndObject();
    });
  }

  /** The NewItem rules of {@link LoadApi}: name 1..40 characters and not blank, price > 0, at most 5 non-blank tags. */
  private static FullHttpResponse create(ByteBuf body) throws IOException {
    String name = null;
    BigDecimal price = null;
    List<String> tags = null;
    try (JsonParser parser = JSON.createParser((java.io.InputStream) new ByteBufInputStream(body.duplicate()))) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return invalid("body must be an object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "name" -> name = value == JsonToken.VALUE_STRING ? parser.getText() : null;
          case "price" -> price = value.isNumeric() ? parser.getDecimalValue() : null;
          case "tags" -> {
            if (value != JsonToken.START_ARRAY) {
              return invalid("tags must be a list");
            }
            tags = new ArrayList<>();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
              tags.add(parser.getText());
            }
          }
          default -> parser.skipChildren();
        }
      }
    }
    if (name == null || name.isBlank() || name.length() > 40) {
      return invalid("name");
    }
    if (price == null || price.signum() <= 0) {
      return invalid("price");
    }
    if (tags == null || tags.size() > 5 || tags.stream().anyMatch(String::isBlank)) {
      return invalid("tags");
    }
    long id = IDS.incrementAndGet();
    String itemName = name;
    BigDecimal itemPrice = price;
    List<String> itemTags = tags;
    return json(HttpResponseStatus.OK, json -> {
      json.writeStartObject();
      json.writeNumberField("id", id);
      json.writeStringField("name", itemName);
      json.writeFieldName("price");
      json.writeNumber(itemPrice);
      json.writeArrayFieldStart("tags");
      for (String tag : itemTags) {
        json.writeString(tag);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static FullHttpResponse invalid(String what) {
    return json(HttpResponseStatus.UNPROCESSABLE_ENTITY, json -> detail(json, what));
  }

  private static void detail(JsonGenerator json, String detail) throws IOException {
    json.writeStartObject();
    json.writeStringField("detail", detail);
    json.writeEndObject();
  }

  private interface JsonBody {
    void write(JsonGenerator json) throws IOException;
  }

  private static FullHttpResponse json(HttpResponseStatus status, JsonBody body) {
    ByteBuf buffer = ByteBufAllocator.DEFAULT.buffer(128); // pooled, as Hotpath's
    try (JsonGenerator json = JSON.createGenerator((java.io.OutputStream) new ByteBufOutputStream(buffer))) {
      body.write(json);
    } catch (IOException e) {
      buffer.release();
      throw new IllegalStateException(e);
    }
    return response(status, APPLICATION_JSON, buffer);
  }

  private static FullHttpResponse response(HttpResponseStatus status, AsciiString type, ByteBuf content) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
    return response;
  }
}
