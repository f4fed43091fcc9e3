package com.example.store;

import dev.hotpath.ServerSentEvent;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalogue's changes, published to every open event stream. Each subscriber has a bounded
 * buffer; one that falls that far behind (a client that stopped reading) loses the events it
 * could not take, and the writers of items never wait for readers.
 */
public final class ItemEvents implements AutoCloseable {
  private static final int BUFFER = 256;

  private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "item-events");
    thread.setDaemon(true);
    return thread;
  });
  private final SubmissionPublisher<ServerSentEvent<ItemChange>> publisher =
      new SubmissionPublisher<>(delivery, BUFFER);
  private final AtomicLong ids = new AtomicLong();

  /** Where a route subscribes its client. */
  public Flow.Publisher<ServerSentEvent<ItemChange>> publisher() {
    return publisher;
  }

  public void created(Item item) {
    publish(new ItemChange("created", item.id(), item));
  }

  public void replaced(Item item) {
    publish(new ItemChange("replaced", item.id(), item));
  }

  public void deleted(long id) {
    publish(new ItemChange("deleted", id, null));
  }

  /** How many clients are listening. */
  public int listeners() {
    return publisher.getNumberOfSubscribers();
  }

  private void publish(ItemChange change) {
    ServerSentEvent<ItemChange> event = ServerSentEvent.of(change).id(Long.toString(ids.incrementAndGet()))
        .event(change.type());
    publisher.offer(event, (subscriber, dropped) -> false); // a full buffer drops, never blocks the writer
  }

  @Override
  public void close() {
    publisher.close();
    delivery.shutdown();
  }
}
