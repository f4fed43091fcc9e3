package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotpath.testing.Leaks;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.junit.jupiter.api.Test;

/** The leak check of every test class can fail: a buffer dropped unreleased is found and named. */
class LeaksTest {
  @Test
  void aDroppedBufferIsReported() {
    leak();
    assertThatThrownBy(Leaks::assertNone).isInstanceOf(AssertionError.class).hasMessageContaining("LEAK: ByteBuf")
        .hasMessageContaining("LeaksTest.leak");
    Leaks.assertNone(); // reported once, then cleared
  }

  private static void leak() {
    ByteBuf buffer = PooledByteBufAllocator.DEFAULT.buffer(64);
    buffer.writeLong(42); // touched here: the report names this line
  }
}
