package com.example.store;

/** A customer of the store, as the current user of a request. */
public record User(long id, String name) {}
