package dev.hotpath.server;

import dev.hotpath.Server;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The server: one acceptor thread, {@code ioThreads} event loops, the worker pool, the hooks. */
public final class NettyServer implements Server {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");

  private final ServerConfig config;
  private final Workers workers;
  private final EventLoopGroup acceptor;
  private final EventLoopGroup loops;
  private final Channel channel;
  private boolean stopped;

  private NettyServer(ServerConfig config, Workers workers, EventLoopGroup acceptor, EventLoopGroup loops,
      Channel channel) {
    this.config = config;
    this.workers = workers;
    this.acceptor = acceptor;
    this.loops = loops;
    this.channel = channel;
  }

  /** Runs the {@code onStart} hooks, then binds; a failing hook or bind leaves nothing running. */
  public static NettyServer start(ServerConfig config) {
    for (Runnable hook : config.onStart()) {
      try {
        hook.run();
      } catch (RuntimeException e) {
        throw new IllegalStateException("Server not started: an onStart hook failed: " + e.getMessage(), e);
      }
    }
    Transport transport = Transport.best();
    Workers workers = Workers.create(config);
    EventLoopGroup acceptor = new MultiThreadIoEventLoopGroup(1, transport.ioHandlers());
    EventLoopGroup loops = new MultiThreadIoEventLoopGroup(config.ioThreads(), transport.ioHandlers());
    try {
      Channel channel = new ServerBootstrap()
          .group(acceptor, loops)
          .channel(transport.serverChannel())
          .option(ChannelOption.SO_BACKLOG, 1024)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childHandler(new HotpathInitializer(config, new Dispatcher(config, workers), null))
          .bind(config.host(), config.port())
          .syncUninterruptibly()
          .channel();
      NettyServer server = new NettyServer(config, workers, acceptor, loops, channel);
      config.metrics().serving(loops, workers);
      LOG.log(Level.INFO, "Hotpath listening on http://" + config.host() + ":" + server.port() + " ("
          + transport.name() + ", " + workers.describe() + ")\n" + RouteTable.format(config.routers()));
      return server;
    } catch (RuntimeException e) {
      acceptor.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      loops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      workers.close();
      throw e;
    }
  }

  @Override
  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  @Override
  public synchronized void stop(Duration grace) {
    if (stopped) {
      return;
    }
    stopped = true;
    config.metrics().stopped();
    channel.close().syncUninterruptibly();
    long graceMillis = Math.max(0, grace.toMillis());
    acceptor.shutdownGracefully(0, graceMillis, TimeUnit.MILLISECONDS);
    loops.shutdownGracefully(Math.min(100, graceMillis), graceMillis, TimeUnit.MILLISECONDS)
        .awaitUninterruptibly(graceMillis + 1000);
    workers.close();
    workers.awaitTermination(graceMillis); // background tasks already queued finish within the grace
    List<Runnable> hooks = new ArrayList<>(config.onStop());
    Collections.reverse(hooks); // the last resource opened is the first closed
    for (Runnable hook : hooks) {
      try {
        hook.run();
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "onStop hook failed", e);
      }
    }
  }
}
