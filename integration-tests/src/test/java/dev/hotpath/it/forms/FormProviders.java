package dev.hotpath.it.forms;

import dev.hotpath.Form;
import dev.hotpath.Provides;
import jakarta.validation.constraints.Size;

/** A dependency that reads the form, as a FastAPI dependency may take Form() parameters. */
public class FormProviders {
  /** Who signs in: two fields of the form. */
  public record Credentials(String username, int pin) {}

  @Provides
  public Credentials credentials(@Form String username, @Form @Size(min = 4, max = 4) String pin) {
    return new Credentials(username, Integer.parseInt(pin));
  }
}
