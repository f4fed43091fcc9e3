package com.example.store;

import java.util.List;

/** One page of a listing. */
public record Page<T>(List<T> items, int limit, int offset, long total) {}
