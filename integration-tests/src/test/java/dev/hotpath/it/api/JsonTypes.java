package dev.hotpath.it.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The JSON shapes the integration tests send and receive. */
public final class JsonTypes {
  private JsonTypes() {}

  public record NewItem(@NotBlank @Size(max = 20) String name, @Positive @DecimalMax("10000") BigDecimal price,
      @Size(max = 3) List<@NotBlank String> tags, Optional<String> note, @Nullable Integer stock,
      @Valid Owner owner) {}

  public record Owner(@Pattern(regexp = "[a-z]{3}") String id, @Email String email) {}

  /** Stands for {@code jakarta.validation.Valid}: nested types are validated whether or not it is there. */
  public @interface Valid {}

  public record Item(long id, String name, BigDecimal price, List<String> tags) {}

  public record Page<T>(List<T> items, int page, @Min(0) @Max(1000) int total) {}

  public record Tree(String label, List<Tree> children) {}

  public record Everything(UUID id, Instant at, LocalDate day, byte[] bytes, double ratio, Double missing,
      Color color, Map<Color, Integer> counts, String text, Object any) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Renamed(@JsonProperty("full_name") String fullName, @JsonIgnore String secret, @Nullable String optional) {}

  /**
   * Fields left out when null before, between and after fields always written, and names that
   * need escaping: the writer's commas and quoted names are its own raw text.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Sparse(@JsonProperty("first \"quoted\"") @Nullable String first, @Nullable Integer second,
      int always, @JsonProperty("tab\tnew\nline\u0001\u2028\\é") @Nullable String odd, @Nullable List<String> last) {}

  /** Every field may be left out: the object can be {@code {}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AllOptional(@Nullable String a, @Nullable Sparse b) {}

  /** A class built through its @JsonCreator constructor and read through getters. */
  public static final class Account {
    private final String owner;
    private final long balance;

    @JsonCreator
    public Account(@JsonProperty("owner") String owner, @JsonProperty("balance") long balance) {
      this.owner = owner;
      this.balance = balance;
    }

    public String getOwner() {
      return owner;
    }

    public long getBalance() {
      return balance;
    }
  }

  /** What the property tests generate: every codec shape, no constraints, so any value is valid. */
  public record Sample(String text, long number, double ratio, boolean flag, List<String> tags,
      Map<String, Integer> counts, Color color, Nested nested) {}

  public record Nested(BigDecimal amount, @Nullable String note, List<Nested> children) {}

  /** One field per remaining error type and constraint. */
  public record Kinds(boolean flag, double ratio, Map<String, Integer> counts, byte[] data, UUID id, LocalDate day,
      @jakarta.validation.constraints.Negative int negative,
      @jakarta.validation.constraints.NegativeOrZero int notPositive,
      @jakarta.validation.constraints.PositiveOrZero int notNegative,
      @jakarta.validation.constraints.DecimalMin(value = "0.5", inclusive = false) double half,
      @NotEmpty String label, @Min(2) @Max(5) long range) {}

  /** A class with public fields and a no-argument constructor. */
  public static final class Settings {
    public boolean dark;
    public @NotEmpty List<String> languages;
  }
}
