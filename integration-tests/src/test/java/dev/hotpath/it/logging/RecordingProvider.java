package dev.hotpath.it.logging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The test suite's SLF4J binding: INFO and above kept per logger name, so tests can read what the
 * server logged through SLF4J (the access log); WARN and above also printed, as a console would.
 */
public final class RecordingProvider implements SLF4JServiceProvider {
  private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();

  private final ILoggerFactory loggers = name -> new Recording(name);
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** What {@code logger} has logged at INFO or above since the last {@link #clear}. */
  public static List<String> lines(String logger) {
    return List.copyOf(LINES.getOrDefault(logger, List.of()));
  }

  public static void clear(String logger) {
    LINES.remove(logger);
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Recording extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Recording(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
        Throwable failure) {
      String line = MessageFormatter.basicArrayFormat(pattern, arguments);
      LINES.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>()).add(line);
      if (level.toInt() >= Level.WARN.toInt()) {
        System.err.println(level + " " + name + ": " + line + (failure == null ? "" : " " + failure));
      }
    }
  }
}
