package com.example.store;

import java.math.BigDecimal;

/** An item of the store. */
public record Item(long id, String name, BigDecimal price) {
  /** One line of text: JSON bodies arrive with the JSON issue; until then the example speaks text. */
  public String toText() {
    return id + "\t" + name + "\t" + price.toPlainString() + " EUR";
  }
}
