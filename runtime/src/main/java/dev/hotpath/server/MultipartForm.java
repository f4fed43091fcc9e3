package dev.hotpath.server;

import dev.hotpath.internal.FormData;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A decoded multipart body and the decoder that owns its parts: closing it frees their buffers and
 * deletes their temporary files, once, when the request ends.
 */
final class MultipartForm implements AutoCloseable {
  private final HttpPostMultipartRequestDecoder decoder;
  private final UploadDataFactory factory;
  private final FormData data;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Reads the parts of a decoder that has been offered the whole body; text fields are in memory. */
  MultipartForm(HttpPostMultipartRequestDecoder decoder, UploadDataFactory factory) {
    this.decoder = decoder;
    this.factory = factory;
    FormData.Builder form = new FormData.Builder();
    for (InterfaceHttpData part : decoder.getBodyHttpDatas()) {
      if (part instanceof FileUpload file) {
        form.file(part.getName(), new UploadedFile(file));
      } else if (part instanceof Attribute attribute) {
        form.text(part.getName(), text(attribute));
      }
    }
    this.data = form.build();
  }

  private static String text(Attribute attribute) {
    try {
      return attribute.getByteBuf().toString(attribute.getCharset());
    } catch (IOException e) { // a memory attribute has no I/O to fail
      throw new UncheckedIOException(e);
    }
  }

  FormData data() {
    return data;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      decoder.destroy();
      factory.releaseAttributes();
    }
  }
}
