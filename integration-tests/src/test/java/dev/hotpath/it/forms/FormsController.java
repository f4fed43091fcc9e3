package dev.hotpath.it.forms;

import dev.hotpath.Controller;
import dev.hotpath.Default;
import dev.hotpath.FileUpload;
import dev.hotpath.Form;
import dev.hotpath.Post;
import dev.hotpath.it.api.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Routes reading url-encoded and multipart forms. */
@Controller("/forms")
public final class FormsController {
  private final Path spillDirectory;

  /** @param spillDirectory where the server spills uploads, which {@code /forms/spilled} counts */
  public FormsController(Path spillDirectory) {
    this.spillDirectory = spillDirectory;
  }

  @Post("/login")
  public String login(@Form String username, @Form @Size(min = 3) String password,
      @Form @Default("false") boolean remember, @Form Optional<Plan> plan) {
    return "username=" + username + " password=" + password.length() + " remember=" + remember + " plan="
        + plan.map(Enum::name).orElse("-");
  }

  @Post("/many")
  public String many(@Form List<Integer> ids, @Form("tag") @Size(max = 3) List<String> tags,
      @Form @Nullable @Max(10) Integer limit) {
    return "ids=" + ids + " tags=" + tags + " limit=" + limit;
  }

  /** An upload and a text field beside it. */
  @Post("/avatar")
  public String avatar(@Form("file") FileUpload avatar, @Form @Default("") String caption) throws IOException {
    return avatar.filename() + " " + avatar.contentType() + " " + avatar.size() + " " + sha256(avatar) + " caption="
        + caption;
  }

  @Post("/files")
  public String files(@Form List<FileUpload> files, @Form Optional<FileUpload> extra) {
    return files.stream().map(f -> f.filename() + ":" + f.size()).collect(Collectors.joining(",")) + " extra="
        + extra.map(FileUpload::filename).orElse("-");
  }

  @Post("/bytes")
  public String bytes(@Form byte[] data) {
    return data.length + ":" + new String(data, 0, Math.min(data.length, 16), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Non-blocking: metadata is fine on the event loop; reading a file on disk is refused. */
  @Post("/async")
  public CompletionStage<String> async(@Form FileUpload file) {
    String read;
    try {
      read = "read " + file.bytes().length;
    } catch (IllegalStateException | IOException e) {
      read = "refused: " + e.getMessage();
    }
    return CompletableFuture.completedFuture(file.filename() + " " + file.size() + " " + read);
  }

  /** Counts the spilled temporary files while the upload is in hand; they are gone once the response is out. */
  @Post("/spilled")
  public String spilled(@Form FileUpload file, @Form Optional<String> copyTo) throws IOException {
    if (copyTo.isPresent()) {
      file.transferTo(Path.of(copyTo.get()));
    }
    try (Stream<Path> files = Files.list(spillDirectory)) {
      return file.size() + " spilled=" + files.count();
    }
  }

  static String sha256(FileUpload file) throws IOException {
    try (InputStream in = file.inputStream()) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A provider reads part of the form, the route the rest. */
  @Post("/who")
  public String who(FormProviders.Credentials credentials, @Form Optional<String> note) {
    return credentials.username() + " " + credentials.pin() + " " + note.orElse("-");
  }
}
