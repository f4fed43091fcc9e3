package dev.hotpath.server;

import io.netty.handler.codec.http.HttpRequest;
import java.net.SocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one line per response on the SLF4J logger {@code dev.hotpath.access}, at INFO:
 * {@code peer "METHOD target" status bytes millis request-id}. Every response is logged, those
 * refused before routing too; the target is printable (control characters escaped).
 */
final class AccessLog {
  private AccessLog() {}

  /** Loaded on the first line logged: with the log off, SLF4J is never initialised (and never warns). */
  private static final class Holder {
    static final Logger LOG = LoggerFactory.getLogger("dev.hotpath.access");
  }

  /**
   * SLF4J is an optional dependency of the runtime: a server with the access log on checks, when it
   * is made, that it is there (and initialises it), instead of failing at its first response.
   */
  static void requireSlf4j() {
    try {
      Holder.LOG.getName();
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("accessLog(true) logs through SLF4J: add org.slf4j:slf4j-api and a binding "
          + "(Logback, slf4j-simple, ...) to the application", e);
    }
  }

  /** What the log says of a request, taken when it arrives. */
  record Entry(SocketAddress peer, String method, String target, long start, String requestId) {
    /** A request the decoder could not read has no method or target worth logging (Netty's placeholder): {@code "- -"}. */
    static Entry of(SocketAddress peer, HttpRequest request, String requestId) {
      boolean decoded = request.decoderResult().isSuccess();
      return new Entry(peer, decoded ? request.method().name() : "-", decoded ? request.uri() : "-", System.nanoTime(),
          requestId);
    }
  }

  /**
   * {@code written}, then the request's line once its response of {@code bytes} is written
   * ({@code -} for a streamed body, whose size is not known ahead).
   */
  static Runnable after(Runnable written, Entry entry, int status, long bytes) {
    return () -> {
      written.run();
      Logger log = Holder.LOG;
      if (log.isInfoEnabled()) {
        log.info("{} \"{} {}\" {} {} {}ms {}", entry.peer(), entry.method(), Printable.of(entry.target()), status,
            bytes < 0 ? "-" : bytes, (System.nanoTime() - entry.start()) / 1_000_000, entry.requestId() == null ? "-" : entry.requestId());
      }
    };
  }
}
