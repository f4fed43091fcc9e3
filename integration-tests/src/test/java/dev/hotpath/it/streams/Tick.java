package dev.hotpath.it.streams;

/** One element of a JSON-lines or event stream. */
public record Tick(long n, String label) {}
