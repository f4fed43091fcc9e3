package dev.hotpath;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Work to do after the response is written, as FastAPI's {@code BackgroundTasks}: declare a route
 * parameter of this type and {@link #add} to it. The tasks run on the worker pool, in the order
 * added, once the response has been written; a failing task is logged and does not stop the
 * others. Tasks of a route that throws are dropped with its response.
 */
public final class BackgroundTasks {
  private final List<Runnable> tasks = new ArrayList<>(2);

  public synchronized BackgroundTasks add(Runnable task) {
    tasks.add(Objects.requireNonNull(task, "task"));
    return this;
  }

  /** The tasks added so far, in order. */
  public synchronized List<Runnable> tasks() {
    return List.copyOf(tasks);
  }
}
