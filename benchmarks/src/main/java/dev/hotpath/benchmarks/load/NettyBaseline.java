package dev.hotpath.benchmarks.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The ceiling: a hand-written Netty 4.2 server doing the load benchmark's work with the transport
 * and settings Hotpath uses (NIO, one event loop, TCP_NODELAY, the same strict decoder and body
 * limit), and nothing else. {@code /blocking/...} hops to a pool of as many platform threads as
 * Hotpath's default worker pool on Java 17. {@code <port>}.
 */
public final class NettyBaseline {
  static final int WORKERS = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

  private NettyBaseline() {}

  /** The baseline's pipeline: Netty's codec with Hotpath's decoder settings, the aggregator, the handler. */
  static void pipeline(Channel channel, BaselineHandler handler) {
    codec(channel);
    channel.pipeline().addLast(handler);
  }

  /** Netty's codec with Hotpath's decoder settings, then the aggregator with Hotpath's body limit. */
  static void codec(Channel channel) {
    channel.pipeline()
        .addLast(new HttpServerCodec(new HttpDecoderConfig().setMaxInitialLineLength(8192)
            .setMaxHeaderSize(16384).setStrictLineParsing(true).setValidateHeaders(true)))
        .addLast(new HttpObjectAggregator(10 * 1024 * 1024));
  }

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(args[0]);
    EventLoopGroup acceptor = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    ExecutorService workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    BaselineHandler handler = new BaselineHandler(workers);
    Channel server = new ServerBootstrap()
        .group(acceptor, loop)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel channel) {
            pipeline(channel, handler);
          }
        })
        .bind("127.0.0.1", port).sync().channel();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close().syncUninterruptibly();
      loop.shutdownGracefully();
      acceptor.shutdownGracefully();
      workers.shutdown();
    }));
    System.out.println("Netty baseline listening on http://127.0.0.1:" + port);
    server.closeFuture().sync();
  }
}
