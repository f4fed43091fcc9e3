package dev.hotpath;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file sent in a {@code multipart/form-data} body, for a {@link Form @Form} parameter (FastAPI's
 * {@code UploadFile}). A small file is held in memory; a larger one has been streamed to a temporary
 * file while the request arrived. Either way it is deleted when the request ends: keep what you need
 * with {@link #transferTo(Path)} or by reading it, inside the route.
 *
 * <p>{@link #bytes()}, {@link #inputStream()} and {@link #transferTo(Path)} may read the disk, so a
 * file on disk refuses them on an event loop (a non-blocking route): read it in a blocking route.
 */
public interface FileUpload {
  /** The file name the client gave, as sent (never use it as a path); empty when it gave none. */
  String filename();

  /** The part's content type, such as {@code image/png}; {@code application/octet-stream} when not given. */
  String contentType();

  /** The size in bytes. */
  long size();

  /** The whole content. */
  byte[] bytes() throws IOException;

  /** The content as a stream; the caller closes it. */
  InputStream inputStream() throws IOException;

  /** Copies the content to {@code target}, replacing it if it exists. */
  void transferTo(Path target) throws IOException;

  /** An upload in memory, for calling a route method directly in a unit test. */
  static FileUpload of(String filename, String contentType, byte[] content) {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    byte[] copy = content.clone();
    return new FileUpload() {
      @Override
      public String filename() {
        return filename;
      }

      @Override
      public String contentType() {
        return contentType;
      }

      @Override
      public long size() {
        return copy.length;
      }

      @Override
      public byte[] bytes() {
        return copy.clone();
      }

      @Override
      public InputStream inputStream() {
        return new ByteArrayInputStream(copy);
      }

      @Override
      public void transferTo(Path target) throws IOException {
        Files.write(target, copy);
      }

      @Override
      public String toString() {
        return "FileUpload[" + filename + ", " + contentType + ", " + copy.length + " bytes]";
      }
    };
  }
}
