package dev.hotpath.server;

import dev.hotpath.Request;
import dev.hotpath.Response;
import dev.hotpath.internal.Paths;
import dev.hotpath.internal.StreamBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A directory or classpath folder served under a path prefix, as FastAPI's
 * {@code app.mount("/static", StaticFiles(directory="static", html=True))}: GET and HEAD, the
 * content type by extension, {@code ETag} and {@code Last-Modified} with their 304s, single
 * {@code Range} requests (206, 416), {@code index.html} for a directory (a directory named without
 * its trailing slash is redirected to it), and the file sent zero-copy where the transport allows.
 *
 * <p>Path safety: each segment is decoded once and refused (404) when it is {@code .} or {@code ..},
 * or holds a slash, a backslash or NUL once decoded, whatever its encoding; the file found is
 * resolved through its symbolic links and must still be inside the root's own real path.
 * {@link #answer} may touch the disk: the server calls it on the worker pool.
 */
public final class StaticMount {
  private final String prefix;
  private final Path root;
  private final Path realRoot;
  private final String folder;
  private final ClassLoader loader;

  private StaticMount(String prefix, Path root, String folder, ClassLoader loader) throws IOException {
    this.prefix = prefix;
    this.root = root;
    this.realRoot = root == null ? null : root.toRealPath();
    this.folder = folder;
    this.loader = loader;
  }

  /** Files of {@code directory} under {@code prefix}; the directory must exist. */
  public static StaticMount directory(String prefix, Path directory) {
    checkPrefix(prefix);
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("Static directory " + directory + " does not exist");
    }
    try {
      return new StaticMount(prefix, directory.toAbsolutePath().normalize(), null, null);
    } catch (IOException e) {
      throw new IllegalArgumentException("Static directory " + directory + " cannot be read", e);
    }
  }

  /** Resources under {@code folder} of {@code loader}'s classpath (in a jar or a directory) under {@code prefix}. */
  public static StaticMount classpath(String prefix, String folder, ClassLoader loader) {
    checkPrefix(prefix);
    String clean = folder.replaceAll("^/+|/+$", "");
    if (clean.isEmpty() || clean.contains("..")) {
      throw new IllegalArgumentException("Name a classpath folder, such as \"static\": " + folder);
    }
    try {
      return new StaticMount(prefix, null, clean, Objects.requireNonNull(loader, "loader"));
    } catch (IOException e) {
      throw new IllegalStateException(e); // no root to resolve
    }
  }

  private static void checkPrefix(String prefix) {
    if (!prefix.startsWith("/") || (prefix.length() > 1 && prefix.endsWith("/")) || prefix.contains("{")
        || prefix.contains("?") || prefix.contains("%")) {
      throw new IllegalArgumentException("A static prefix is a literal path such as \"/static\", was " + prefix);
    }
  }

  public String prefix() {
    return prefix;
  }

  /** Whether the raw path is this mount's. */
  public boolean matches(String path) {
    return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix)
        && path.length() > prefix.length() && path.charAt(prefix.length()) == '/';
  }

  /** The answer to a request for a path this mount {@link #matches}; may block on the disk. */
  public Response<?> answer(Request request) throws IOException {
    String method = request.method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return ErrorResponses.methodNotAllowed("GET, HEAD");
    }
    String path = request.path();
    String rest = prefix.equals("/") ? path : path.substring(prefix.length());
    if (rest.isEmpty()) {
      return redirect(request, path + "/");
    }
    List<String> segments = segments(rest.substring(1));
    if (segments == null) {
      return ErrorResponses.notFound();
    }
    boolean directory = rest.endsWith("/");
    String relative = String.join("/", segments);
    Found found = root != null ? inDirectory(relative, directory) : onClasspath(relative, directory);
    if (found == null) {
      return ErrorResponses.notFound();
    }
    if (found.isDirectory()) {
      return redirect(request, path + "/");
    }
    return StaticResponses.of(request, found);
  }

  /** The decoded segments, or null when one of them is unsafe (then the answer is 404, as FastAPI's). */
  private static List<String> segments(String raw) {
    List<String> segments = new ArrayList<>();
    String[] parts = raw.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        if (i == parts.length - 1) {
          break; // the trailing slash of a directory
        }
        return null;
      }
      String segment = Paths.decode(parts[i]);
      if (segment.equals(".") || segment.equals("..") || segment.indexOf('/') >= 0 || segment.indexOf('\\') >= 0
          || segment.indexOf('\0') >= 0) {
        return null;
      }
      segments.add(segment);
    }
    return segments;
  }

  /** A file to send, from disk (then {@code path}) or from a jar (then {@code bytes}). */
  record Found(String name, Path path, byte[] bytes, long size, long lastModified, boolean isDirectory) {}

  private Found inDirectory(String relative, boolean directory) throws IOException {
    Path candidate = root.resolve(relative).normalize();
    if (directory) {
      candidate = candidate.resolve("index.html");
    }
    if (!candidate.startsWith(root)) {
      return null;
    }
    Path real;
    try {
      real = candidate.toRealPath(); // through every symbolic link on the way
    } catch (NoSuchFileException e) {
      return null;
    }
    if (!real.startsWith(realRoot)) {
      return null;
    }
    BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      return new Found(real.getFileName().toString(), real, null, 0, 0, true);
    }
    if (!attributes.isRegularFile() || !Files.isReadable(real)) {
      return null;
    }
    return new Found(real.getFileName().toString(), real, null, attributes.size(),
        attributes.lastModifiedTime().toMillis(), false);
  }

  private Found onClasspath(String relative, boolean directory) throws IOException {
    String name = folder + "/" + relative + (directory ? (relative.isEmpty() ? "" : "/") + "index.html" : "");
    URL url = loader.getResource(name);
    if (url == null) {
      if (!directory && loader.getResource(name + "/index.html") != null) {
        return new Found(relative, null, null, 0, 0, true);
      }
      return null;
    }
    if (url.getProtocol().equals("file")) {
      Path file;
      try {
        file = Path.of(url.toURI());
      } catch (URISyntaxException | IllegalArgumentException e) {
        return null;
      }
      // The folder in the same classpath entry: the file's path without the resource name's segments
      // under it, so no second lookup is made and any entry holding the folder is served.
      Path base = file;
      for (int below = name.split("/").length - folder.split("/").length; below > 0 && base != null; below--) {
        base = base.getParent();
      }
      Path real = file.toRealPath();
      if (base == null || !real.startsWith(base.toRealPath())) {
        return null;
      }
      if (Files.isDirectory(real)) {
        return new Found(relative, null, null, 0, 0, true);
      }
      return Files.isRegularFile(real) ? new Found(real.getFileName().toString(), real, null, Files.size(real),
          Files.getLastModifiedTime(real).toMillis(), false) : null;
    }
    URLConnection connection = url.openConnection();
    if (connection instanceof JarURLConnection jar && jar.getJarEntry() != null && jar.getJarEntry().isDirectory()) {
      return new Found(relative, null, null, 0, 0, true);
    }
    byte[] bytes;
    try (InputStream in = connection.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    return new Found(fileName, null, bytes, bytes.length, connection.getLastModified(), false);
  }

  private static Response<?> redirect(Request request, String location) {
    String query = request.rawQuery();
    return Response.status(307).header("Location", query.isEmpty() ? location : location + "?" + query).build();
  }

  @Override
  public String toString() {
    return prefix + " -> " + (root != null ? root : "classpath:" + folder);
  }

  /** For a {@code StreamBody} of a file: its chunks, read only when no zero-copy transfer is possible. */
  static StreamBody fileBody(Path file, long offset, long length) {
    return StreamBody.ofFile(file, offset, length, FileChunks.of(file, offset, length));
  }
}
