package dev.hotpath.it;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A client that writes raw bytes and reads responses as sent, for what HTTP libraries hide. */
final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  record Reply(int status, Map<String, String> headers, String body, String statusLine) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  RawHttp(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(15_000);
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  RawHttp send(String request) throws IOException {
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return this;
  }

  RawHttp send(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    return this;
  }

  /** Half-closes: the server sees the end of the stream (a client that sent all it will). */
  RawHttp finish() throws IOException {
    socket.shutdownOutput();
    return this;
  }

  /** Waits at most {@code millis} for what follows, instead of the socket's 15 s. */
  RawHttp timeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
    return this;
  }

  static String get(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
  }

  /** Reads one response; {@code head} says the request was HEAD (no body follows). A chunked body is joined. */
  Reply read(boolean head) throws IOException {
    Reply reply = readHead();
    if (!head && "chunked".equalsIgnoreCase(reply.header("transfer-encoding"))) {
      StringBuilder body = new StringBuilder();
      String chunk;
      while ((chunk = readChunk()) != null) {
        body.append(chunk);
      }
      return new Reply(reply.status(), reply.headers(), body.toString(), reply.statusLine());
    }
    int status = reply.status();
    int length = head || status == 204 || status == 304 || status < 200 ? 0
        : Integer.parseInt(reply.headers().getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new IOException("Connection closed in the middle of a response body");
    }
    return new Reply(status, reply.headers(), new String(body, StandardCharsets.UTF_8), reply.statusLine());
  }

  /** Reads a response's status line and headers, leaving its body to be read. */
  Reply readHead() throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("Connection closed before a response");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    String line;
    while (!(line = orClosed(line())).isEmpty()) {
      int colon = line.indexOf(':');
      headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    return new Reply(status, headers, "", statusLine);
  }

  /** Everything until the server closes the connection. */
  byte[] rest() throws IOException {
    return in.readAllBytes();
  }

  /** Appends the next chunk of a chunked body to {@code into}; returns "" for a chunk, null after the last. */
  String readChunkBytes(java.io.ByteArrayOutputStream into) throws IOException {
    String sizeLine = orClosed(line());
    int semicolon = sizeLine.indexOf(';');
    int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
    if (size == 0) {
      while (!orClosed(line()).isEmpty()) {
        // trailers
      }
      return null;
    }
    byte[] data = in.readNBytes(size);
    if (data.length < size || !orClosed(line()).isEmpty()) {
      throw new IOException("Connection closed in the middle of a chunk");
    }
    into.writeBytes(data);
    return "";
  }

  /** The next chunk of a chunked body, UTF-8; null after the last (with its trailers read). */
  String readChunk() throws IOException {
    java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
    return readChunkBytes(data) == null ? null : data.toString(StandardCharsets.UTF_8);
  }


  /** A connection closed in the middle of a response (a server dropping a client that does not read) is an IOException. */
  private static String orClosed(String line) throws IOException {
    if (line == null) {
      throw new IOException("Connection closed in the middle of a response's headers");
    }
    return line;
  }

  Reply read() throws IOException {
    return read(false);
  }

  /** Whether nothing more comes within the socket timeout: the stream ends or stays silent. */
  boolean nothingMore() throws IOException {
    try {
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      return true;
    } catch (IOException e) {
      return true; // reset
    }
  }

  /** Whether the server closed the connection (end of stream within the socket timeout). */
  boolean closedByServer() throws IOException {
    try {
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // reset
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      bytes.write(c);
    }
    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
