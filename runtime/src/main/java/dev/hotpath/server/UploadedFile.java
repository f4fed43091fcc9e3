package dev.hotpath.server;

import dev.hotpath.FileUpload;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.internal.ThreadExecutorMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@link FileUpload} over Netty's part, in memory or in its temporary file, which the request owns. */
final class UploadedFile implements FileUpload {
  private final io.netty.handler.codec.http.multipart.FileUpload part;

  UploadedFile(io.netty.handler.codec.http.multipart.FileUpload part) {
    this.part = part;
  }

  @Override
  public String filename() {
    return part.getFilename() == null ? "" : part.getFilename();
  }

  @Override
  public String contentType() {
    String type = part.getContentType();
    return type == null || type.isEmpty() ? "application/octet-stream" : type;
  }

  @Override
  public long size() {
    return part.length();
  }

  @Override
  public byte[] bytes() throws IOException {
    offEventLoop("bytes()");
    return part.get();
  }

  @Override
  public InputStream inputStream() throws IOException {
    if (part.isInMemory()) {
      return new ByteArrayInputStream(part.get());
    }
    offEventLoop("inputStream()");
    return Files.newInputStream(part.getFile().toPath());
  }

  @Override
  public void transferTo(Path target) throws IOException {
    offEventLoop("transferTo()", true);
    if (part.isInMemory()) {
      Files.write(target, part.get());
    } else {
      Files.copy(part.getFile().toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void offEventLoop(String call) {
    offEventLoop(call, !part.isInMemory());
  }

  /** Disk I/O on an event loop would stall every connection on it: refused, saying where to do it. */
  private static void offEventLoop(String call, boolean touchesDisk) {
    EventExecutor executor = ThreadExecutorMap.currentExecutor();
    if (touchesDisk && executor != null && executor.inEventLoop()) {
      throw new IllegalStateException("FileUpload." + call + " reads or writes the disk and was called on an event"
          + " loop: call it from a blocking route (one returning a plain value, or @Blocking)");
    }
  }

  @Override
  public String toString() {
    return "FileUpload[" + filename() + ", " + contentType() + ", " + size() + " bytes]";
  }
}
