package dev.hotpath.server;

import dev.hotpath.Server;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
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
  private final Dispatcher dispatcher;
  private final ChannelGroup connections;
  private boolean stopped;

  private NettyServer(ServerConfig config, Workers workers, EventLoopGroup acceptor, EventLoopGroup loops,
      Channel channel, Dispatcher dispatcher, ChannelGroup connections) {
    this.config = config;
    this.workers = workers;
    this.acceptor = acceptor;
    this.loops = loops;
    this.channel = channel;
    this.dispatcher = dispatcher;
    this.connections = connections;
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
    Dispatcher dispatcher = new Dispatcher(config, workers);
    ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    HotpathInitializer initializer = new HotpathInitializer(config, dispatcher, null);
    try {
      Channel channel = new ServerBootstrap()
          .group(acceptor, loops)
          .channel(transport.serverChannel())
          .option(ChannelOption.SO_BACKLOG, 1024)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childHandler(new io.netty.channel.ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel child) {
              connections.add(child); // removed by the group when it closes
              child.pipeline().addLast(initializer);
            }
          })
          .bind(config.host(), config.port())
          .syncUninterruptibly()
          .channel();
      NettyServer server = new NettyServer(config, workers, acceptor, loops, channel, dispatcher, connections);
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
  public dev.hotpath.ServerCounters counters() {
    return dispatcher.counters().snapshot();
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
    long graceMillis = Math.max(0, grace.toMillis());
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    // Drain: readiness fails, the listener closes, idle connections close now, busy ones after
    // their last response (sent with Connection: close); stragglers are closed at the deadline.
    dispatcher.drain();
    channel.close().syncUninterruptibly();
    connections.forEach(connection -> connection.pipeline().fireUserEventTriggered(HotpathHandler.DRAIN));
    while (!connections.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    connections.close().awaitUninterruptibly(1000);
    acceptor.shutdownGracefully(0, graceMillis, TimeUnit.MILLISECONDS);
    loops.shutdownGracefully(Math.min(100, graceMillis), graceMillis, TimeUnit.MILLISECONDS)
        .awaitUninterruptibly(graceMillis + 1000);
    workers.close();
    dispatcher.close();
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
