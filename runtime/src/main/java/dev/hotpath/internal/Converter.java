package dev.hotpath.internal;

/** Turns one raw path, query, header or cookie value into a parameter's type. */
@FunctionalInterface
public interface Converter<T> {
  T convert(String raw) throws ConversionException;
}
