package com.example.store;

/**
 * A change to the catalogue, as the event stream {@code GET /items/events} tells it.
 *
 * @param item the item as it is now; null once deleted
 */
public record ItemChange(String type, long id, Item item) {}
