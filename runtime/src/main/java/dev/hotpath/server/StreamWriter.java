package dev.hotpath.server;

import dev.hotpath.internal.StreamBody;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.lang.System.Logger.Level;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes a streamed body as it is published, one chunk per element, and no faster than the client
 * reads: elements are requested a few at a time, and only while the channel is writable (under its
 * high-water mark), so a slow client holds back the publisher instead of filling memory. An event
 * stream gets a keep-alive comment whenever it has been idle for the keep-alive interval. When the
 * client goes away the subscription is cancelled. Elements are encoded on the thread that
 * publishes them; everything else runs on the connection's event loop.
 */
final class StreamWriter implements Flow.Subscriber<Object> {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");
  /** Elements requested at a time: bounds what is in flight beyond the high-water mark. */
  static final int BATCH = 16;

  private final ChannelHandlerContext ctx;
  private final StreamBody.ItemEncoder<Object> encoder;
  private final long keepAliveNanos;
  private final Consumer<ChannelFuture> done;
  private Flow.Subscription subscription;
  private int outstanding;
  private boolean finished;
  private ScheduledFuture<?> keepAlive;
  private long lastWrite;

  /**
   * @param keepAliveNanos idle time before a keep-alive comment; 0 for none (not an event stream)
   * @param done called once on the event loop: with the future of the last write when the stream
   *     completed, or with null when it failed or was cancelled (the connection is then closed)
   */
  @SuppressWarnings("unchecked")
  StreamWriter(ChannelHandlerContext ctx, StreamBody.ItemEncoder<?> encoder, long keepAliveNanos,
      Consumer<ChannelFuture> done) {
    this.ctx = ctx;
    this.encoder = (StreamBody.ItemEncoder<Object>) encoder;
    this.keepAliveNanos = keepAliveNanos;
    this.done = done;
  }

  void start(Flow.Publisher<?> publisher) {
    lastWrite = System.nanoTime();
    if (keepAliveNanos > 0) {
      keepAlive = ctx.executor().scheduleAtFixedRate(this::keepAlive, keepAliveNanos, keepAliveNanos,
          TimeUnit.NANOSECONDS);
    }
    try {
      publisher.subscribe(this);
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  private void onLoop(Runnable task) {
    if (ctx.executor().inEventLoop()) {
      task.run();
    } else {
      ctx.executor().execute(task);
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    onLoop(() -> {
      if (this.subscription != null || finished) {
        subscription.cancel(); // rule 2.5: a second subscription, or one after the stream was given up
        return;
      }
      this.subscription = subscription;
      demand();
    });
  }

  @Override
  public void onNext(Object item) {
    ByteBuf chunk = ctx.alloc().buffer();
    try {
      encoder.encode(item, chunk);
    } catch (Exception | Error e) {
      chunk.release();
      onLoop(() -> {
        if (subscription != null) {
          subscription.cancel();
        }
        fail(e);
      });
      return;
    }
    onLoop(() -> {
      if (finished) {
        chunk.release();
        return;
      }
      if (--outstanding < -OVERRUN) { // rule 1.1: a publisher ignoring demand would fill memory
        chunk.release();
        subscription.cancel();
        fail(new IllegalStateException("The publisher sent more elements than were requested (Flow rule 1.1)"));
        return;
      }
      lastWrite = System.nanoTime();
      ctx.writeAndFlush(new DefaultHttpContent(chunk));
      demand();
    });
  }

  @Override
  public void onError(Throwable failure) {
    onLoop(() -> fail(failure));
  }

  @Override
  public void onComplete() {
    onLoop(() -> {
      if (!finished) {
        finish();
        done.accept(ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT));
      }
    });
  }

  /** Elements a publisher may send beyond what was requested before it is stopped. */
  static final int OVERRUN = 4 * BATCH;

  private boolean requesting;
  private boolean requestAgain;

  /**
   * More elements, when none are on their way and the client is keeping up. A publisher that
   * emits inside {@code request} calls back into here: that is noted and looped, not recursed.
   */
  void demand() {
    if (requesting) {
      requestAgain = true;
      return;
    }
    requesting = true;
    try {
      do {
        requestAgain = false;
        if (!finished && subscription != null && outstanding <= 0 && ctx.channel().isWritable()) {
          outstanding = BATCH;
          subscription.request(BATCH);
        }
      } while (requestAgain);
    } finally {
      requesting = false;
    }
  }

  /** Whether this is an event stream, which ends only when the client or the server goes. */
  boolean endless() {
    return keepAliveNanos > 0;
  }

  /** The connection is gone (or the server stops): the publisher is told to stop. */
  void cancel() {
    if (!finished) {
      finish();
      if (subscription != null) {
        subscription.cancel();
      }
      done.accept(null);
    }
  }

  /**
   * The headers are out, so the status cannot change: the stream is cut (no last chunk), which a
   * client sees as an incomplete response, and the failure is logged.
   */
  private void fail(Throwable failure) {
    if (finished) {
      return;
    }
    finish();
    LOG.log(Level.ERROR, "A streamed response failed after its headers were sent; closing the connection", failure);
    ctx.close();
    done.accept(null);
  }

  private void finish() {
    finished = true;
    if (keepAlive != null) {
      keepAlive.cancel(false);
    }
  }

  private void keepAlive() {
    if (!finished && System.nanoTime() - lastWrite >= keepAliveNanos - TimeUnit.MILLISECONDS.toNanos(5)) {
      ByteBuf comment = ctx.alloc().buffer(16);
      StreamBody.keepAlive(comment);
      lastWrite = System.nanoTime();
      ctx.writeAndFlush(new DefaultHttpContent(comment));
    }
  }
}
