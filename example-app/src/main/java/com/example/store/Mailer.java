package com.example.store;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for an e-mail service: it logs each message and keeps it, so tests can read it. */
public final class Mailer {
  private static final System.Logger LOG = System.getLogger("com.example.store.mail");

  private final List<String> sent = new CopyOnWriteArrayList<>();

  public void send(String to, String subject) {
    LOG.log(Level.INFO, "Mail to " + to + ": " + subject);
    sent.add(to + ": " + subject);
  }

  public List<String> sent() {
    return List.copyOf(sent);
  }
}
