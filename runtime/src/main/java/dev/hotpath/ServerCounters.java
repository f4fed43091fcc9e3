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
 */
public record ServerCounters(long decoded, long decoderFailures, long routed, long overloaded, long failures,
    long written) {}
