package dev.hotpath.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hotpath.Hotpath;
import dev.hotpath.server.Dispatcher;
import dev.hotpath.server.HotpathInitializer;
import dev.hotpath.server.ServerConfig;
import dev.hotpath.server.Workers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Jazzer over the whole request pipeline in an {@code EmbeddedChannel}: any bytes a client sends,
 * in any split, get HTTP responses in the server's own version (or a close), never a 500 (these
 * routes do not throw), never an exception out of the pipeline and never a leaked buffer (the
 * tests run with paranoid leak detection). In a normal
 * build the seeds and findings under {@code src/test/resources/.../PipelineFuzzTestInputs} and the
 * grown corpus in {@code corpus.zip} replay. To fuzz (findings are written beside the seeds):
 * {@code JAZZER_FUZZ=1 mvn test -pl integration-tests -Dtest=PipelineFuzzTest
 * -DargLine=-Djazzer.instrumentation_includes=dev.hotpath.**:io.netty.handler.codec.**}.
 */
class PipelineFuzzTest {
  private static final ServerConfig CONFIG = Hotpath.server(new FuzzApiRouter(new FuzzController()))
      .maxBodySize(4096).maxRequestHead(1024, 2048).requestIds(false).config();
  private static final Workers WORKERS = Workers.create(CONFIG);
  private static final Dispatcher DISPATCHER = new Dispatcher(CONFIG, WORKERS);

  @AfterAll
  static void close() {
    DISPATCHER.close();
    WORKERS.close();
  }

  @FuzzTest(maxDuration = "30s")
  void anyBytesGetHttpResponsesOrAClose(byte[] input) {
    check(input);
  }

  /**
   * The corpus a fuzzing run grew (inputs that each reached new code), zipped: replayed in every
   * build, so what fuzzing once covered stays covered.
   */
  @Test
  void theGrownCorpusReplays() throws IOException {
    int replayed = 0;
    try (ZipInputStream zip = new ZipInputStream(PipelineFuzzTest.class.getResourceAsStream("corpus.zip"))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (!entry.isDirectory()) {
          check(zip.readAllBytes());
          replayed++;
        }
      }
    }
    assertThat(replayed).isGreaterThan(1000);
  }

  private static void check(byte[] input) {
    EmbeddedChannel channel = new EmbeddedChannel(new HotpathInitializer(CONFIG, DISPATCHER, Runnable::run));
    try {
      int split = input.length == 0 ? 0 : (input[0] & 0xff) % (input.length + 1);
      channel.writeInbound(Unpooled.wrappedBuffer(input, 0, split));
      if (channel.isOpen()) {
        channel.writeInbound(Unpooled.wrappedBuffer(input, split, input.length - split));
      }
      channel.runPendingTasks();
      String written = outbound(channel);
      if (!written.isEmpty()) {
        assertThat(written).startsWith("HTTP/1.");
        // These routes never throw: a 500 would be the pipeline failing on the input.
        assertThat(written).doesNotContain("HTTP/1.1 500 ", "HTTP/1.0 500 ");
      }
    } finally {
      channel.finishAndReleaseAll();
    }
  }

  private static String outbound(EmbeddedChannel channel) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Object message;
    while ((message = channel.readOutbound()) != null) {
      ByteBuf buffer = (ByteBuf) message;
      byte[] bytes = new byte[buffer.readableBytes()];
      buffer.readBytes(bytes);
      buffer.release();
      out.writeBytes(bytes);
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }
}
