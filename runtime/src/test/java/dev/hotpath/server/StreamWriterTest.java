package dev.hotpath.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.internal.StreamBody;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stream writer's demand: tied to writability, bounded against publishers that break the rules. */
class StreamWriterTest {
  private final EmbeddedChannel channel = new EmbeddedChannel(new ChannelInboundHandlerAdapter());
  private final ChannelHandlerContext ctx = channel.pipeline().firstContext();
  private final List<ChannelFuture> done = new ArrayList<>();
  private final AtomicReference<Boolean> ended = new AtomicReference<>();

  @AfterEach
  void release() {
    Object message;
    while ((message = channel.readOutbound()) != null) {
      ReferenceCountUtil.release(message);
    }
    channel.finishAndReleaseAll();
  }

  private StreamWriter writer() {
    return new StreamWriter(ctx, StreamBody.text().encoder(), 0, last -> {
      done.add(last);
      ended.set(last != null);
    });
  }

  /** Emits {@code total} elements inside {@code request}, as many as asked (rule 3.3's recursion case). */
  private static Flow.Publisher<String> synchronous(int total, AtomicInteger requests) {
    return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
      private int sent;
      private boolean stopped;

      @Override
      public void request(long n) {
        requests.incrementAndGet();
        for (long i = 0; i < n && !stopped; i++) {
          if (sent == total) {
            stopped = true;
            subscriber.onComplete();
            return;
          }
          sent++;
          subscriber.onNext("x");
        }
      }

      @Override
      public void cancel() {
        stopped = true;
      }
    });
  }

  @Test
  void aPublisherEmittingInsideRequestIsLoopedNotRecursed() {
    AtomicInteger requests = new AtomicInteger();
    writer().start(synchronous(200_000, requests));
    assertThat(ended.get()).isTrue();
    assertThat(requests.get()).isEqualTo(200_000 / StreamWriter.BATCH + 1);
    int chunks = 0;
    Object message;
    while ((message = channel.readOutbound()) != null) {
      chunks += message instanceof HttpContent content && content.content().isReadable() ? 1 : 0;
      ReferenceCountUtil.release(message);
    }
    assertThat(chunks).isEqualTo(200_000);
  }

  @Test
  void nothingIsRequestedWhileTheChannelIsNotWritable() {
    AtomicInteger requests = new AtomicInteger();
    channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
    StreamWriter writer = writer();
    writer.start(synchronous(100, requests));
    assertThat(requests.get()).isZero();
    channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
    writer.demand(); // what the connection does when writability comes back
    assertThat(requests.get()).isPositive();
    assertThat(ended.get()).as("completed once the client kept up").isTrue();
  }

  @Test
  void aPublisherIgnoringDemandIsCutPastTheOverrun() {
    channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
    AtomicInteger cancelled = new AtomicInteger();
    Flow.Publisher<String> flood = subscriber -> {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {
          cancelled.incrementAndGet();
        }
      });
      for (int i = 0; i < 10_000; i++) {
        subscriber.onNext("flood");
      }
    };
    writer().start(flood);
    assertThat(ended.get()).as("failed").isFalse();
    assertThat(cancelled.get()).isEqualTo(1);
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void anElementThatCannotBeEncodedFailsTheStream() {
    StreamWriter writer = new StreamWriter(ctx, (StreamBody.ItemEncoder<Object>) (item, out) -> {
      throw new IllegalArgumentException("no encoding");
    }, 0, last -> ended.set(last != null));
    writer.start(synchronous(5, new AtomicInteger()));
    assertThat(ended.get()).isFalse();
    assertThat(channel.isOpen()).isFalse();
  }
}
