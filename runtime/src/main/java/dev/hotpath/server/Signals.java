package dev.hotpath.server;

import dev.hotpath.Server;
import java.lang.System.Logger.Level;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;

/**
 * {@code stopOnShutdown}: on SIGTERM or SIGINT the server drains within its grace, then the process
 * exits 0 — a clean stop, as orchestrators expect, not the JVM's 143. Any other way the JVM is
 * asked to stop ({@code System.exit}, or a JVM without {@code sun.misc.Signal}) drains the server
 * from a shutdown hook. Stopping twice is harmless: the second call finds the server stopped.
 *
 * <p>{@code sun.misc.Signal} (module jdk.unsupported) is bound through method handles, looked up
 * once, so that the runtime compiles without its proprietary-API warning.
 */
public final class Signals {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");

  private Signals() {}

  public static void stopOnShutdown(Server server, Duration grace) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(grace), "hotpath-shutdown"));
    for (String name : new String[] {"TERM", "INT"}) {
      Runnable onSignal = () -> new Thread(() -> {
        LOG.log(Level.INFO, "SIG" + name + ": stopping within " + grace.toMillis() + " ms");
        server.stop(grace);
        System.exit(0);
      }, "hotpath-signal").start();
      try {
        handle(name, onSignal);
      } catch (Throwable e) {
        LOG.log(Level.DEBUG, "No SIG" + name + " handler here; the shutdown hook drains the server", e);
      }
    }
  }

  /** {@code Signal.handle(new Signal(name), signal -> action.run())}. */
  private static void handle(String name, Runnable action) throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Class<?> signal = lookup.findClass("sun.misc.Signal"); // once, at start-up: never on the request path
    Class<?> handler = lookup.findClass("sun.misc.SignalHandler");
    MethodHandles.Lookup own = MethodHandles.lookup();
    MethodHandle implementation = own.findStatic(Signals.class, "onSignal",
        MethodType.methodType(void.class, Runnable.class, Object.class));
    CallSite site = LambdaMetafactory.metafactory(own, "handle", MethodType.methodType(handler, Runnable.class),
        MethodType.methodType(void.class, signal), implementation, MethodType.methodType(void.class, signal));
    Object instance = site.getTarget().invoke(action);
    Object named = lookup.findConstructor(signal, MethodType.methodType(void.class, String.class)).invoke(name);
    lookup.findStatic(signal, "handle", MethodType.methodType(handler, signal, handler)).invoke(named, instance);
  }

  /** The {@code SignalHandler}'s body. */
  private static void onSignal(Runnable action, Object signal) {
    action.run();
  }
}
