package com.example.store;

import java.math.BigDecimal;

/** An item's price in a currency. */
public record Price(long itemId, BigDecimal amount, Currency currency) {}
