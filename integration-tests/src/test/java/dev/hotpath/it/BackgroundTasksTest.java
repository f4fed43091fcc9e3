package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.it.api.TasksController;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background tasks run after the response, in order, past a failing one; a failed route drops them. */
class BackgroundTasksTest {
  private final TasksController tasks = new TasksController();
  private final Server server = Hotpath.server(Apis.router(tasks)).port(0).start();

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  @Test
  void tasksRunAfterTheResponseInOrderPastAFailure() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("POST /tasks/a HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").read();
      assertThat(reply.body()).isEqualTo("scheduled a");
    }
    assertThat(tasks.done.poll(10, TimeUnit.SECONDS)).isEqualTo("first a");
    assertThat(tasks.done.poll(10, TimeUnit.SECONDS)).isEqualTo("second a");
  }

  @Test
  void aFailedRouteDropsItsTasks() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send("POST /tasks/failing/b HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").read().status())
          .isEqualTo(409);
      // A later request's tasks run: the dropped ones would have been queued before them.
      raw.send("POST /tasks/c HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").read();
    }
    assertThat(tasks.done.poll(10, TimeUnit.SECONDS)).isEqualTo("first c");
    assertThat(tasks.done.poll(10, TimeUnit.SECONDS)).isEqualTo("second c");
    assertThat(tasks.done).isEmpty();
  }
}
