package com.example.store;

import java.math.BigDecimal;
import java.util.List;

/** An item of the store, as stored and as returned. */
public record Item(long id, String name, BigDecimal price, List<String> tags) {}
