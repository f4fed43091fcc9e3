package dev.hotpath.it;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what a logger (System.Logger goes to java.util.logging here) says at a level or above. */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final Level level;
  private final List<String> messages = new ArrayList<>();

  private LogCapture(String name, Level level) {
    this.logger = Logger.getLogger(name);
    this.level = level;
    logger.addHandler(this);
  }

  static LogCapture of(String name, Level level) {
    return new LogCapture(name, level);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (record.getLevel().intValue() >= level.intValue()) {
      messages.add(record.getMessage());
    }
  }

  /** The messages so far, waiting up to two seconds for at least one. */
  synchronized List<String> messages() throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (messages.isEmpty() && System.nanoTime() < deadline) {
      wait(20);
    }
    return List.copyOf(messages);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
