package dev.hotpath.it.streams;

import dev.hotpath.Api;

/** Streamed responses and Server-Sent Events. */
@Api(title = "Streams", version = "1.0", controllers = StreamsController.class)
public final class StreamsApi {
  private StreamsApi() {}
}
