package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Provides} method: the type it makes injectable, where it runs, and what it reads.
 *
 * @param element the method, for diagnostics
 * @param owner the class declaring it, one of {@code @Api(providers)}
 * @param methodName its simple name
 * @param source {@code Auth#currentUser(String)}: how notes and Javadoc name it
 * @param provided the injected type, boxed, with {@code Scoped} and futures unwrapped
 * @param mode where it runs, by the rules for routes: a future is non-blocking, a plain value may block
 * @param future it returns a {@code CompletionStage} or {@code CompletableFuture}
 * @param scoped it returns a {@code Scoped} (or a future of one), closed after the response
 * @param params its parameters, bound as a route's; {@link Source#PROVIDED} ones come from other providers
 * @param isStatic called on the class rather than the instance
 * @param paramDocs the {@code @param} descriptions, for the parameters it adds to routes' documents
 */
public record Provider(ExecutableElement element, ClassName owner, String methodName, String source,
    TypeName provided, Mode mode, boolean future, boolean scoped, List<Param> params, boolean isStatic,
    Map<String, String> paramDocs) {
  public Provider {
    params = List.copyOf(params);
    paramDocs = Map.copyOf(paramDocs);
  }

  /** The provided types this provider needs, in parameter order. */
  public List<TypeName> needs() {
    return params.stream().filter(p -> p.source() == Source.PROVIDED).map(Param::provided).toList();
  }
}
