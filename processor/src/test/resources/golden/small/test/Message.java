package test;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public record Message(@NotBlank @Size(max = 20) String text, @Positive int times, Optional<Greeting> greeting,
    @Size(max = 3) List<@NotBlank String> tags, Map<String, Message> replies, @Email String from) {}
