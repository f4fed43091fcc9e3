package dev.hotpath.it.deps;

import dev.hotpath.Header;
import dev.hotpath.HttpException;
import dev.hotpath.Provides;
import dev.hotpath.it.deps.Values.HeaderToken;
import dev.hotpath.it.deps.Values.QueryToken;

/** FastAPI's bigger-application tutorial: {@code get_query_token} and {@code get_token_header}. */
public class Tokens {
  @Provides
  public QueryToken queryToken(String token) {
    if (!token.equals("jessica")) {
      throw new HttpException(400, "No Jessica token provided");
    }
    return new QueryToken(token);
  }

  @Provides
  public HeaderToken tokenHeader(@Header String xToken) {
    if (!xToken.equals("fake-super-secret-token")) {
      throw new HttpException(400, "X-Token header invalid");
    }
    return new HeaderToken(xToken);
  }
}
