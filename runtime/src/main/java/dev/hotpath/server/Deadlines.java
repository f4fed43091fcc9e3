package dev.hotpath.server;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes connections that hold a server slot without using it. Between requests (after connecting,
 * or once every response is written) the next request's head must arrive within the keep-alive
 * timeout — which also bounds a slowloris client dribbling its headers; while a body is read, each
 * piece must follow the last within the body timeout; a client that does not read its responses
 * must catch up within the send timeout. While requests are being handled there is no other
 * deadline here.
 *
 * <pre>
 * HttpServerCodec → Deadlines → ...
 * </pre>
 */
final class Deadlines extends ChannelDuplexHandler {
  private final long idleNanos;
  private final long bodyNanos;
  private final long sendNanos;
  private ScheduledFuture<?> sending;
  /** Whether a deadline runs, and when (on the event loop's ticker) it closes the connection. */
  private boolean armed;
  private long closeAt;
  /**
   * The one scheduled check and when it runs. Deadlines move on every request; the check is
   * scheduled again only when it would run too late, and when it runs early it re-schedules
   * itself for what is left — no timer is created and cancelled per request.
   */
  private ScheduledFuture<?> check;
  private long checkAt;
  private int pending;
  private boolean readingBody;

  Deadlines(long idleNanos, long bodyNanos, long sendNanos) {
    this.idleNanos = idleNanos;
    this.bodyNanos = bodyNanos;
    this.sendNanos = sendNanos;
  }

  /**
   * A client that stops reading its responses: once the outbound buffer is over its high-water
   * mark, it must drain below it within the send timeout or the connection is closed.
   */
  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
    if (!ctx.channel().isWritable() && sending == null) {
      sending = ctx.executor().schedule(() -> {
        ctx.close();
      }, sendNanos, TimeUnit.NANOSECONDS);
    } else if (ctx.channel().isWritable() && sending != null) {
      sending.cancel(false);
      sending = null;
    }
    super.channelWritabilityChanged(ctx);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    if (ctx.channel().isActive()) {
      arm(ctx, idleNanos);
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    arm(ctx, idleNanos);
    super.channelActive(ctx);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (message instanceof HttpRequest) {
      pending++;
      readingBody = true;
    }
    if (message instanceof LastHttpContent) {
      readingBody = false;
      disarm();
    } else if (readingBody && (message instanceof HttpRequest || message instanceof HttpContent)) {
      arm(ctx, bodyNanos);
    }
    ctx.fireChannelRead(message);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
    if (message instanceof LastHttpContent) {
      promise.addListener(done -> {
        if (--pending <= 0 && !readingBody) {
          pending = 0;
          arm(ctx, idleNanos);
        }
      });
    }
    ctx.write(message, promise);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    disarm();
    if (check != null) {
      check.cancel(false);
      check = null;
    }
    if (sending != null) {
      sending.cancel(false);
    }
    super.channelInactive(ctx);
  }

  private void arm(ChannelHandlerContext ctx, long nanos) {
    long now = ctx.executor().ticker().nanoTime();
    armed = true;
    closeAt = now + nanos;
    if (check != null && checkAt - closeAt > 0) {
      check.cancel(false); // runs after the new deadline: too late
      check = null;
    }
    if (check == null) {
      schedule(ctx, now, nanos);
    }
  }

  private void schedule(ChannelHandlerContext ctx, long now, long delay) {
    checkAt = now + delay;
    check = ctx.executor().schedule(() -> expire(ctx), delay, TimeUnit.NANOSECONDS);
  }

  private void expire(ChannelHandlerContext ctx) {
    check = null;
    if (!armed) {
      return;
    }
    long now = ctx.executor().ticker().nanoTime();
    if (closeAt - now <= 0) {
      ctx.close();
    } else {
      schedule(ctx, now, closeAt - now);
    }
  }

  private void disarm() {
    armed = false;
  }
}
