package dev.hotpath.server;

import dev.hotpath.Request;
import dev.hotpath.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The answer for a static file found: validators ({@code ETag}, {@code Last-Modified}) and the
 * 304 they allow (RFC 9110 13.2.2: {@code If-None-Match} first, {@code If-Modified-Since} only
 * without it), and a single byte range (206, or 416 when it cannot be satisfied; several ranges
 * or a stale {@code If-Range} get the whole file, as RFC 9110 allows).
 */
final class StaticResponses {
  private StaticResponses() {}

  static Response<?> of(Request request, StaticMount.Found found) {
    String etag = "\"" + Long.toHexString(found.lastModified()) + "-" + Long.toHexString(found.size()) + "\"";
    String lastModified = found.lastModified() > 0 ? httpDate(found.lastModified()) : null;
    if (notModified(request, etag, found.lastModified())) {
      Response.Builder builder = Response.status(304).header("ETag", etag);
      if (lastModified != null) {
        builder.header("Last-Modified", lastModified);
      }
      return builder.build();
    }
    long size = found.size();
    long start = 0;
    long end = size - 1;
    int status = 200;
    String range = request.header("range");
    if (range != null && rangeApplies(request, etag, lastModified)) {
      long[] bounds = parseRange(range, size);
      if (bounds == UNSATISFIABLE) {
        return ErrorResponses.status(416, "Range Not Satisfiable").withHeader("Content-Range", "bytes */" + size);
      }
      if (bounds != null) {
        start = bounds[0];
        end = bounds[1];
        status = 206;
      }
    }
    Response.Builder builder = Response.status(status).header("Content-Type", MediaTypeMap.of(found.name()))
        .header("Accept-Ranges", "bytes").header("ETag", etag);
    if (lastModified != null) {
      builder.header("Last-Modified", lastModified);
    }
    if (status == 206) {
      builder.header("Content-Range", "bytes " + start + "-" + end + "/" + size);
    }
    long length = end - start + 1;
    if (found.bytes() != null) {
      return builder.body(Arrays.copyOfRange(found.bytes(), (int) start, (int) (start + Math.max(0, length))));
    }
    return builder.body(StaticMount.fileBody(found.path(), start, Math.max(0, length)));
  }

  private static boolean notModified(Request request, String etag, long lastModified) {
    String ifNoneMatch = request.header("if-none-match");
    if (ifNoneMatch != null) {
      return matchesAny(ifNoneMatch, etag, true);
    }
    String ifModifiedSince = request.header("if-modified-since");
    if (ifModifiedSince != null && lastModified > 0) {
      Instant since = parseDate(ifModifiedSince);
      return since != null && lastModified / 1000 <= since.getEpochSecond();
    }
    return false;
  }

  /** {@code If-Range}: the range applies only to the representation it names (a strong ETag or the date). */
  private static boolean rangeApplies(Request request, String etag, String lastModified) {
    String ifRange = request.header("if-range");
    if (ifRange == null) {
      return true;
    }
    ifRange = ifRange.strip();
    return ifRange.startsWith("\"") ? ifRange.equals(etag) : ifRange.equals(lastModified);
  }

  /** Whether a list of entity tags names this one ({@code *} names any); weak comparison when asked. */
  static boolean matchesAny(String list, String etag, boolean weak) {
    for (String candidate : list.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      if (weak && tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  static final long[] UNSATISFIABLE = new long[0];

  /**
   * One range of {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}, clamped to the file: its
   * first and last byte; {@link #UNSATISFIABLE} when it starts past the end; null to send the whole
   * file (several ranges, another unit, or a malformed header, which RFC 9110 says to ignore).
   */
  static long[] parseRange(String header, long size) {
    String value = header.strip();
    if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
      return null;
    }
    String spec = value.substring(6).strip();
    if (spec.contains(",")) {
      return null;
    }
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    String first = spec.substring(0, dash).strip();
    String last = spec.substring(dash + 1).strip();
    try {
      if (first.isEmpty()) {
        if (last.isEmpty()) {
          return null;
        }
        long suffix = Long.parseLong(last);
        if (suffix <= 0) {
          return suffix == 0 ? UNSATISFIABLE : null;
        }
        return size == 0 ? UNSATISFIABLE : new long[] {Math.max(0, size - suffix), size - 1};
      }
      long start = Long.parseLong(first);
      long end = last.isEmpty() ? size - 1 : Long.parseLong(last);
      if (start >= size && start >= 0) {
        return UNSATISFIABLE;
      }
      if (start < 0 || end < start) {
        return null;
      }
      return new long[] {start, Math.min(end, size - 1)};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String httpDate(long millis) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis),
        ZoneOffset.UTC));
  }

  private static Instant parseDate(String value) {
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
