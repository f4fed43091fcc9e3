package dev.hotpath.it.api;

import dev.hotpath.BackgroundTasks;
import dev.hotpath.Controller;
import dev.hotpath.HttpException;
import dev.hotpath.Post;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Background tasks: each records what it did, for the tests to observe after the response. */
@Controller("/tasks")
public class TasksController {
  public final BlockingQueue<String> done = new LinkedBlockingQueue<>();

  @Post("/{name}")
  public String schedule(String name, BackgroundTasks tasks) {
    tasks.add(() -> done.add("first " + name))
        .add(() -> {
          throw new IllegalStateException("task failure " + name);
        })
        .add(() -> done.add("second " + name));
    return "scheduled " + name;
  }

  @Post("/failing/{name}")
  public String failing(String name, BackgroundTasks tasks) {
    tasks.add(() -> done.add("never " + name));
    throw new HttpException(409, "Conflict");
  }
}
