package dev.hotpath;

/**
 * What a server has done since it started, from {@link Server#counters()}: a snapshot.
 *
 * @param decoded requests read off the wire, well-formed or not
 * @param decoderFailures requests refused before routing (malformed, oversized, bad Host or framing)
 * @param routed requests that reached a route
 * @param overloaded blocking requests refused with 503 at the concurrency limit
 * @param failures requests answered 500 (an exception no handler took)
 * @param written responses written
 * @param streamed responses whose body was streamed (publishers, streams, event streams, files)
 * @param zeroCopy static files sent zero-copy (the kernel copying the file to the socket)
 */
public record ServerCounters(long decoded, long decoderFailures, long routed, long overloaded, long failures,
    long written, long streamed, long zeroCopy) {}
