package dev.hotpath.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO-8601 text of the shapes nearly every client sends, read and written without
 * {@code DateTimeFormatter} (which builds a parse context and a field map per value and dominates
 * a JSON document's decoding): an instant as {@code 2024-05-01T10:15:30[.123456789]Z} and a date as
 * {@code 2024-05-01}. Anything else goes to the JDK's own parser, so the results are always the
 * JDK's: the fast path only ever answers for text the JDK reads the same way.
 */
public final class IsoTime {
  private IsoTime() {}

  private static final long SECONDS_PER_DAY = 86_400;
  /** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
  private static final long DAYS_0000_TO_1970 = 719_468;

  /** As {@link Instant#parse}, which it falls back to for any other shape. */
  public static Instant parseInstant(CharSequence text) {
    Instant fast = fastInstant(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** As {@link LocalDate#parse}, which it falls back to for any other shape. */
  public static LocalDate parseDate(CharSequence text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} (either case for T and Z), or null for any other text. */
  static Instant fastInstant(CharSequence text) {
    int length = text.length();
    if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != 't') || text.charAt(13) != ':' || text.charAt(16) != ':'
        || (text.charAt(length - 1) != 'Z' && text.charAt(length - 1) != 'z')) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null; // including the leap second 60, which the JDK resolves its own way
    }
    int nanos = 0;
    if (length > 20) {
      int fraction = length - 21; // between the '.' and the 'Z'
      if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(text, 20, fraction);
      if (nanos < 0) {
        return null;
      }
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    long seconds = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * Writes {@code instant} as {@link Instant#toString} does into {@code out} from 0, returning the
   * length, or -1 for a year outside 0000–9999 (the JDK then adds a sign).
   */
  public static int formatInstant(Instant instant, char[] out) {
    long seconds = instant.getEpochSecond();
    long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    // Days to a civil date, counting eras of 400 years from 0000-03-01.
    long shifted = day + DAYS_0000_TO_1970;
    long era = Math.floorDiv(shifted, 146_097);
    int dayOfEra = (int) (shifted - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    int dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
      return -1;
    }
    put(out, 0, (int) year, 4);
    out[4] = '-';
    put(out, 5, month, 2);
    out[7] = '-';
    put(out, 8, dayOfMonth, 2);
    out[10] = 'T';
    put(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    put(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    put(out, 17, secondOfDay % 60, 2);
    int end = 19;
    int nanos = instant.getNano();
    if (nanos > 0) { // in groups of three digits, as ISO_INSTANT prints them
      out[end++] = '.';
      if (nanos % 1_000_000 == 0) {
        put(out, end, nanos / 1_000_000, 3);
        end += 3;
      } else if (nanos % 1000 == 0) {
        put(out, end, nanos / 1000, 6);
        end += 6;
      } else {
        put(out, end, nanos, 9);
        end += 9;
      }
    }
    out[end++] = 'Z';
    return end;
  }

  /** The longest text {@link #formatInstant} writes. */
  public static final int INSTANT_LENGTH = 30;

  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    int yearOfEra = (int) (y - era * 400);
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - DAYS_0000_TO_1970;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The decimal value of {@code count} ASCII digits at {@code start}, or -1 if any is not a digit. */
  private static int digits(CharSequence text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static void put(char[] out, int start, int value, int width) {
    for (int i = start + width - 1; i >= start; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
