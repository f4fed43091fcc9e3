package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGTERM drains the server: a request in flight completes, then the process exits 0. */
class SigtermTest {
  @Test
  void sigtermLetsTheRequestInFlightFinish() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        SigtermMain.class.getName()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      int port = -1;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("PORT ")) {
          port = Integer.parseInt(line.substring(5).trim());
          break;
        }
      }
      assertThat(port).isPositive();
      try (RawHttp raw = new RawHttp(port)) {
        raw.send(RawHttp.get("/modes/sleep?millis=1000"));
        while ((line = out.readLine()) != null && !line.equals("SLEEPING")) {
          // wait until the request is in flight
        }
        process.destroy(); // SIGTERM
        RawHttp.Reply reply = raw.read();
        assertThat(reply.body()).isEqualTo("slept 1000");
        assertThat(reply.header("connection")).isEqualTo("close");
      }
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      // Drained, then a clean exit: 0, not the 143 (128 + 15) of a JVM ended by the signal.
      assertThat(process.exitValue()).isEqualTo(0);
    } finally {
      process.destroyForcibly();
    }
  }
}
