package dev.hotpath.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.flush.FlushConsolidationHandler;
import java.util.concurrent.Executor;

/** Assembles one connection's pipeline, for the server and for TestClient alike. */
public final class HotpathInitializer extends ChannelInitializer<Channel> {
  /** Requests the codec may decode ahead of their responses: more than one read can carry. */
  private static final int MAX_DECODED_AHEAD = 8192;

  private final ServerConfig config;
  private final Dispatcher dispatcher;
  private final Executor completions;

  public HotpathInitializer(ServerConfig config, Dispatcher dispatcher, Executor completions) {
    this.config = config;
    this.dispatcher = dispatcher;
    this.completions = completions;
  }

  /**
   * Netty's decoder at its strictest, said out loud so that no default can loosen it unnoticed:
   * CRLF line endings only, headers validated, one Content-Length, and RFC 9112's rule that a
   * Transfer-Encoding with a Content-Length is an error.
   */
  static HttpDecoderConfig decoderConfig(ServerConfig config) {
    return new HttpDecoderConfig()
        .setMaxInitialLineLength(config.maxInitialLineLength())
        .setMaxHeaderSize(config.maxHeaderSize())
        .setStrictLineParsing(true)
        .setValidateHeaders(true)
        .setAllowDuplicateContentLengths(false)
        .setUseRfc9112TransferEncoding(true)
        .setChunkedSupported(true);
  }

  @Override
  protected void initChannel(Channel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    // Responses answered while a read is in progress (inline routes, pipelined requests) are flushed
    // once at the end of the read, not one syscall each; a flush outside a read goes out at once.
    pipeline.addLast("flushes", new FlushConsolidationHandler(
        FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, false));
    // The handler stops reading a connection with 16 requests unanswered, but one read can hold a
    // few thousand small pipelined requests: the codec must not refuse those (it resets the
    // connection past its depth), and memory stays bounded by one read.
    pipeline.addLast("http", new HttpServerCodec(decoderConfig(config), MAX_DECODED_AHEAD));
    pipeline.addLast("deadlines", new Deadlines(config.keepAliveTimeout().toNanos(), config.bodyTimeout().toNanos(),
        config.sendTimeout().toNanos()));
    pipeline.addLast("checks", new RequestChecks(config.maxHeaderSize(), config.maxBodySize(),
        config.uploads().maxSize()));
    if (config.compression()) {
      // Request bodies sent gzipped are inflated before the aggregator, whose limit then bounds the
      // inflated size: a decompression bomb gets a 413.
      pipeline.addLast("decompress", new HttpContentDecompressor(false, 0));
      pipeline.addLast("compress", new Compression(config.compressionThreshold()));
    }
    pipeline.addLast("multipart", new MultipartDecoding(config.uploads()));
    pipeline.addLast("aggregate", new HttpObjectAggregator(config.maxBodySize()));
    pipeline.addLast("hotpath", new HotpathHandler(dispatcher, completions));
  }
}
