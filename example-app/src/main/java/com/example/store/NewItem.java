package com.example.store;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What a client sends to create or replace an item; checked by generated code before the route runs. */
public record NewItem(@NotBlank @Size(max = 80) String name, @Positive @DecimalMax("100000") BigDecimal price,
    @Size(max = 10) List<@NotBlank @Size(max = 30) String> tags) {}
