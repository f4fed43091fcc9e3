package dev.hotpath.internal;

/** A request whose {@code multipart/form-data} body the server decoded while it arrived. */
public interface MultipartSource {
  /** The decoded form, or null when the body was not multipart. */
  FormData multipart();
}
