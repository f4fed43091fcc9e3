package dev.hotpath.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast ISO-8601 paths against the JDK, which is the specification: for every text, the same
 * value or the same refusal. Seeded, so a failure replays.
 */
class IsoTimeTest {
  private static final int CASES = 200_000;

  @Test
  void instantsParseAsTheJdkParsesThem() {
    SplittableRandom random = new SplittableRandom(20261201);
    for (int i = 0; i < CASES; i++) {
      String text = mutate(random, instantText(random));
      assertThat(outcome(() -> IsoTime.parseInstant(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
    }
  }

  @Test
  void theFastPathAnswersForTheCommonShapes() {
    for (String text : new String[] {"2024-05-01T10:15:30Z", "2024-02-29T23:59:59.999Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.123456789Z", "1969-12-31t23:59:59.5z", "2000-03-01T00:00:00.000001Z"}) {
      assertThat(IsoTime.fastInstant(text)).as(text).isEqualTo(Instant.parse(text));
    }
    for (String text : new String[] {"2023-02-29T00:00:00Z", "2024-05-01T10:15:60Z", "2024-05-01T24:00:00Z",
        "2024-05-01T10:15:30+01:00", "+12024-05-01T10:15:30Z", "2024-05-01T10:15:30.Z", "2024-05-01T10:15Z"}) {
      assertThat(IsoTime.fastInstant(text)).as(text).isNull();
    }
  }

  @Test
  void instantsFormatAsTheJdkFormatsThem() {
    SplittableRandom random = new SplittableRandom(7);
    char[] out = new char[IsoTime.INSTANT_LENGTH];
    for (int i = 0; i < CASES; i++) {
      long seconds = random.nextInt(4) == 0 ? random.nextLong(-62_167_219_200L, 253_402_300_800L) // years 0..9999
          : random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
      int nanos = switch (random.nextInt(4)) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1000;
        default -> random.nextInt(1_000_000_000);
      };
      Instant instant = Instant.ofEpochSecond(seconds, nanos);
      int length = IsoTime.formatInstant(instant, out);
      String expected = instant.toString();
      if (length < 0) {
        assertThat(expected).as("declined only for signed years").matches("[+-].*");
      } else {
        assertThat(new String(out, 0, length)).isEqualTo(expected);
      }
    }
  }

  @Test
  void datesParseAsTheJdkParsesThem() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < CASES; i++) {
      String text = mutate(random, instantText(random).substring(0, 10));
      assertThat(outcome(() -> IsoTime.parseDate(text))).as(text).isEqualTo(outcome(() -> LocalDate.parse(text)));
    }
  }

  /** A well-formed instant, often at the edges of its fields (month ends, leap days, 59 s). */
  private static String instantText(SplittableRandom random) {
    int year = random.nextInt(3) == 0 ? random.nextInt(10_000) : 1896 + random.nextInt(210);
    int month = 1 + random.nextInt(12);
    int day = random.nextInt(3) == 0 ? 28 + random.nextInt(4) : 1 + random.nextInt(31);
    String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, random.nextInt(25),
        random.nextInt(61), random.nextInt(62));
    int digits = random.nextInt(11);
    if (digits > 0) {
      StringBuilder fraction = new StringBuilder(".");
      for (int i = 1; i < digits; i++) {
        fraction.append((char) ('0' + random.nextInt(10)));
      }
      text += fraction;
    }
    return text + (random.nextBoolean() ? "Z" : random.nextBoolean() ? "z" : "+01:00");
  }

  /** Sometimes one character replaced, dropped or added: the edges between the two paths. */
  private static String mutate(SplittableRandom random, String text) {
    if (random.nextInt(3) != 0) {
      return text;
    }
    String alphabet = "0123456789-:.TtZz+ x";
    int at = random.nextInt(text.length());
    char other = alphabet.charAt(random.nextInt(alphabet.length()));
    return switch (random.nextInt(3)) {
      case 0 -> text.substring(0, at) + other + text.substring(at + 1);
      case 1 -> text.substring(0, at) + text.substring(at + 1);
      default -> text.substring(0, at) + other + text.substring(at);
    };
  }

  private interface Parse {
    Object run();
  }

  private static Object outcome(Parse parse) {
    try {
      return parse.run();
    } catch (DateTimeParseException e) {
      return "refused";
    }
  }
}
