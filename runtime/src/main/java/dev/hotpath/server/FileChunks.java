package dev.hotpath.server;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A part of a file as a stream of 64 KiB chunks, opened on the first read and closed with the
 * stream: how a static file is sent where zero-copy transfer is not possible (compression, TestClient).
 */
final class FileChunks implements Iterator<byte[]> {
  static final int CHUNK = 64 * 1024;

  private final Path file;
  private final long end;
  private long position;
  private FileChannel channel;

  private FileChunks(Path file, long offset, long length) {
    this.file = file;
    this.position = offset;
    this.end = offset + length;
  }

  static Stream<byte[]> of(Path file, long offset, long length) {
    FileChunks chunks = new FileChunks(file, offset, length);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED), false)
        .onClose(chunks::close);
  }

  @Override
  public boolean hasNext() {
    return position < end;
  }

  @Override
  public byte[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    try {
      if (channel == null) {
        channel = FileChannel.open(file, StandardOpenOption.READ);
      }
      ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK, end - position));
      while (chunk.hasRemaining()) {
        if (channel.read(chunk, position + chunk.position()) < 0) {
          throw new EOFException(file + " became shorter while it was sent");
        }
      }
      position += chunk.capacity();
      return chunk.array();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing was written through it
      }
    }
  }
}
