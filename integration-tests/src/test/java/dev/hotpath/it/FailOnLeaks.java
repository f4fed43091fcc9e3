package dev.hotpath.it;

import dev.hotpath.testing.Leaks;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class of the module (META-INF/services, autodetection on): Netty's
 * paranoid leak detection from the first buffer on, and a class fails if a buffer leaked in it.
 */
public final class FailOnLeaks implements AfterAllCallback {
  static {
    Leaks.install();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Leaks.assertNone();
  }
}
