package dev.hotpath.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A representative nested record graph: an order with a customer, lines and attributes. */
public record Order(UUID id, Instant placedAt, Customer customer, List<Line> lines, Map<String, String> attributes,
    Status status, BigDecimal total) {

  public enum Status { NEW, PAID, SHIPPED }

  public record Customer(long id, String name, String email, Address address) {}

  public record Address(String street, String city, String postcode, String country) {}

  public record Line(String sku, String title, int quantity, BigDecimal price, List<String> tags) {}
}
