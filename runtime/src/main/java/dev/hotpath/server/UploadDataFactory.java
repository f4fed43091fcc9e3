package dev.hotpath.server;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpDataFactory;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import io.netty.handler.codec.http.multipart.MemoryAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * Where the multipart decoder puts what it reads: text fields in memory, each capped at the field
 * limit (so reading one never touches the disk); files in memory up to the threshold, then in a
 * temporary file (made by {@code Files.createTempFile}: readable by the owner only), which is
 * deleted when the request ends, never kept for the JVM's exit. One per request.
 */
final class UploadDataFactory implements HttpDataFactory {
  private final UploadLimits limits;
  private final DefaultHttpDataFactory files;
  private final java.util.List<Attribute> attributes = new java.util.ArrayList<>();

  UploadDataFactory(UploadLimits limits) {
    this.limits = limits;
    this.files = new DefaultHttpDataFactory(limits.memoryThreshold());
    files.setMaxLimit(limits.maxSize());
    files.setDeleteOnExit(false);
    if (limits.directory() != null) {
      files.setBaseDir(limits.directory().toString());
    }
  }

  @Override
  public void setMaxLimit(long max) {
    throw new UnsupportedOperationException("Limits come from UploadLimits");
  }

  @Override
  public Attribute createAttribute(HttpRequest request, String name) {
    return capped(new CappedAttribute(name));
  }

  @Override
  public Attribute createAttribute(HttpRequest request, String name, long definedSize) {
    return capped(new CappedAttribute(name, definedSize));
  }

  @Override
  public Attribute createAttribute(HttpRequest request, String name, String value) {
    try {
      MemoryAttribute attribute = capped(new CappedAttribute(name));
      attribute.setValue(value);
      return attribute;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MemoryAttribute capped(MemoryAttribute attribute) {
    attribute.setMaxSize(limits.maxFieldSize());
    attributes.add(attribute);
    return attribute;
  }

  /**
   * Frees every text field made for the request, including one the decoder dropped when it
   * refused the body (past its part limit it throws before keeping the field it just read).
   */
  void releaseAttributes() {
    for (Attribute attribute : attributes) {
      if (attribute.refCnt() > 0) {
        attribute.release(attribute.refCnt());
      }
    }
    attributes.clear();
  }

  /**
   * A text field that frees the piece it refuses: Netty's attribute throws on its size check
   * before it owns the piece, and the decoder does not free it either.
   */
  private static final class CappedAttribute extends MemoryAttribute {
    CappedAttribute(String name) {
      super(name);
    }

    CappedAttribute(String name, long definedSize) {
      super(name, definedSize);
    }

    @Override
    public void addContent(ByteBuf buffer, boolean last) throws IOException {
      if (getMaxSize() >= 0 && length() + buffer.readableBytes() > getMaxSize()) {
        buffer.release();
        throw new IOException("Form field over " + getMaxSize() + " bytes");
      }
      super.addContent(buffer, last);
    }
  }

  @Override
  public FileUpload createFileUpload(HttpRequest request, String name, String filename, String contentType,
      String contentTransferEncoding, Charset charset, long size) {
    return files.createFileUpload(request, name, filename, contentType, contentTransferEncoding, charset, size);
  }

  @Override
  public void removeHttpDataFromClean(HttpRequest request, InterfaceHttpData data) {
    files.removeHttpDataFromClean(request, data);
  }

  @Override
  public void cleanRequestHttpData(HttpRequest request) {
    files.cleanRequestHttpData(request);
  }

  @Override
  public void cleanAllHttpData() {
    files.cleanAllHttpData();
  }

  @Override
  public void cleanRequestHttpDatas(HttpRequest request) {
    files.cleanRequestHttpDatas(request);
  }

  @Override
  public void cleanAllHttpDatas() {
    files.cleanAllHttpDatas();
  }
}
