package dev.hotpath.server;

import java.nio.file.Path;

/**
 * How much a {@code multipart/form-data} body may hold, and where its large files go.
 *
 * @param maxSize the whole body, in bytes: more is a 413 (checked on the declared length before
 *     anything is read, and on the bytes as they arrive)
 * @param maxParts fields and files together: more is a 413
 * @param maxFieldSize one text field, in bytes: more is a 413
 * @param memoryThreshold a file part larger than this is streamed to a temporary file
 * @param directory where the temporary files are made; null for {@code java.io.tmpdir}
 */
public record UploadLimits(long maxSize, int maxParts, int maxFieldSize, int memoryThreshold, Path directory) {
  public static final UploadLimits DEFAULT = new UploadLimits(100L * 1024 * 1024, 1000, 1024 * 1024, 64 * 1024, null);
}
