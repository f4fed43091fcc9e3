package dev.hotpath.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.util.concurrent.Executor;

/** Assembles one connection's pipeline, for the server and for TestClient alike. */
public final class HotpathInitializer extends ChannelInitializer<Channel> {
  private final ServerConfig config;
  private final Dispatcher dispatcher;
  private final Executor completions;

  public HotpathInitializer(ServerConfig config, Dispatcher dispatcher, Executor completions) {
    this.config = config;
    this.dispatcher = dispatcher;
    this.completions = completions;
  }

  @Override
  protected void initChannel(Channel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast("http", new HttpServerCodec(new HttpDecoderConfig()
        .setMaxInitialLineLength(config.maxInitialLineLength())
        .setMaxHeaderSize(config.maxHeaderSize())));
    pipeline.addLast("deadlines", new Deadlines(config.keepAliveTimeout().toNanos(), config.bodyTimeout().toNanos()));
    pipeline.addLast("checks", new RequestChecks());
    if (config.compression()) {
      // Request bodies sent gzipped are inflated before the aggregator, whose limit then bounds the
      // inflated size: a decompression bomb gets a 413.
      pipeline.addLast("decompress", new HttpContentDecompressor(false, 0));
      pipeline.addLast("compress", new Compression(config.compressionThreshold()));
    }
    pipeline.addLast("aggregate", new HttpObjectAggregator(config.maxBodySize()));
    pipeline.addLast("hotpath", new HotpathHandler(dispatcher, completions));
  }
}
