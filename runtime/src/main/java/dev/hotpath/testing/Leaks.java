package dev.hotpath.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Netty's leak detection for test suites, recorded instead of only logged: {@link #install()}
 * tracks every buffer (the paranoid level) and keeps each {@code LEAK:} report, whatever logging
 * the suite has; {@link #assertNone()} lets the garbage collector find buffers that were dropped
 * unreleased and fails, naming where they were last touched. Call {@code install()} before the
 * first buffer is made (a JUnit extension's static initializer is early enough).
 */
public final class Leaks {
  private static final List<String> REPORTS = new CopyOnWriteArrayList<>();
  private static boolean installed;

  private Leaks() {}

  public static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new ResourceLeakDetectorFactory() {
      @Override
      public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval,
          long maxActive) {
        return new Recording<>(resource, samplingInterval);
      }
    });
  }

  /** Fails when a buffer was garbage-collected unreleased since the last call. */
  public static void assertNone() {
    for (int round = 0; round < 3 && REPORTS.isEmpty(); round++) {
      System.gc();
      try {
        Thread.sleep(20); // the reference handler queues what the collector found
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      touch(); // a tracked allocation is when the detector looks at that queue
    }
    if (!REPORTS.isEmpty()) {
      List<String> found = new ArrayList<>(REPORTS);
      REPORTS.clear();
      throw new AssertionError(found.size() + " leaked buffer(s):\n" + String.join("\n", found));
    }
  }

  private static void touch() {
    for (ByteBuf buffer : new ByteBuf[] {PooledByteBufAllocator.DEFAULT.buffer(1),
        PooledByteBufAllocator.DEFAULT.directBuffer(1), UnpooledByteBufAllocator.DEFAULT.buffer(1),
        UnpooledByteBufAllocator.DEFAULT.directBuffer(1)}) {
      buffer.release();
    }
  }

  /** A detector that reports whatever the logging, and keeps what it reports. */
  private static final class Recording<T> extends ResourceLeakDetector<T> {
    Recording(Class<T> resource, int samplingInterval) {
      super(resource, samplingInterval);
    }

    @Override
    protected boolean needReport() {
      return true;
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
      REPORTS.add("LEAK: " + resourceType + records);
      super.reportTracedLeak(resourceType, records);
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
      REPORTS.add("LEAK: " + resourceType + " (untraced)");
      super.reportUntracedLeak(resourceType);
    }
  }
}
