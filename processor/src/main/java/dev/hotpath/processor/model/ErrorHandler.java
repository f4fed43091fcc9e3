package dev.hotpath.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * An {@code @ExceptionHandler} method: the exception type it takes, how specific that type is,
 * and what it returns.
 *
 * @param depth the exception type's distance from {@code Throwable}: deeper is more specific
 * @param requestArguments for each parameter, whether it is the {@code Request} (else the exception)
 * @param body the JSON type of the returned {@code Response}'s body, or null for text, bytes or none
 */
public record ErrorHandler(ExecutableElement element, ClassName owner, boolean isStatic, String methodName,
    TypeName exception, int depth, List<Boolean> requestArguments, JsonType body, String source) {
  public ErrorHandler {
    requestArguments = List.copyOf(requestArguments);
  }
}
