package dev.hotpath.server;

import dev.hotpath.ServerCounters;
import java.util.concurrent.atomic.LongAdder;

/** The server's counters, shared by every connection; {@link LongAdder}s so loops do not contend. */
public final class Counters {
  final LongAdder decoded = new LongAdder();
  final LongAdder decoderFailures = new LongAdder();
  final LongAdder routed = new LongAdder();
  final LongAdder overloaded = new LongAdder();
  final LongAdder failures = new LongAdder();
  final LongAdder written = new LongAdder();
  final LongAdder streamed = new LongAdder();
  final LongAdder zeroCopy = new LongAdder();

  public ServerCounters snapshot() {
    return new ServerCounters(decoded.sum(), decoderFailures.sum(), routed.sum(), overloaded.sum(), failures.sum(),
        written.sum(), streamed.sum(), zeroCopy.sum());
  }
}
