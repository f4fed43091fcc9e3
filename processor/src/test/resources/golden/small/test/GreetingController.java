package test;

import dev.hotpath.Controller;
import dev.hotpath.Default;
import dev.hotpath.FileUpload;
import dev.hotpath.Form;
import dev.hotpath.Get;
import dev.hotpath.Header;
import dev.hotpath.HttpException;
import dev.hotpath.NonBlocking;
import dev.hotpath.Post;
import dev.hotpath.Request;
import dev.hotpath.Response;
import dev.hotpath.ServerSentEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Controller("/greetings")
public class GreetingController {
  @Get("/{name}")
  public String greet(String name, @Default("HELLO") Greeting greeting, Optional<Integer> times) {
    return (greeting + " " + name + " ").repeat(times.orElse(1)).trim();
  }

  @Get("/{name}/async")
  public CompletionStage<String> greetLater(String name, @Header("X-Lang") @Default("en") String lang) {
    return CompletableFuture.completedFuture(lang + ":" + name);
  }

  @Post(value = "/", status = 201)
  public Response<String> create(List<String> names, Request request) {
    if (names.isEmpty()) {
      throw new HttpException(400, "No names");
    }
    return Response.status(201).header("Location", request.path() + names.get(0)).body("created");
  }

  @NonBlocking
  @Get("/files/{rest:path}")
  public byte[] file(String rest) {
    return rest.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Get("/")
  public void ping() {}

  @Get("/me")
  public String me(Caller caller, Caller.Badge badge) {
    return caller.name() + ", " + badge.text();
  }

  @Post(value = "/messages", status = 201)
  public Message echo(Message message) {
    return message;
  }

  @Post("/upload")
  public String upload(@Form("file") FileUpload upload, @Form @Default("1") int copies, @Form List<String> tags) {
    return upload.filename() + " x" + copies + " " + tags;
  }

  @Get("/stream")
  public java.util.stream.Stream<Message> stream() {
    return java.util.stream.Stream.empty();
  }

  @NonBlocking
  @Get("/events")
  public java.util.concurrent.Flow.Publisher<ServerSentEvent<Message>> events() {
    return subscriber -> subscriber.onComplete();
  }
}
