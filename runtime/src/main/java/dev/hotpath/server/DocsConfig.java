package dev.hotpath.server;

/**
 * Where the API document and its pages are served, as FastAPI's {@code openapi_url},
 * {@code docs_url} and {@code redoc_url}; null switches one off (with no document, no page).
 *
 * @param rootPath the path prefix a proxy serves the API under, written into the document's
 *     {@code servers} (FastAPI's {@code root_path}); null when there is none. A proxy can also say
 *     it per request with {@code X-Forwarded-Prefix}.
 */
public record DocsConfig(String openApiUrl, String docsUrl, String redocUrl, String rootPath) {
  public static final DocsConfig DEFAULT = new DocsConfig("/openapi.json", "/docs", "/redoc", null);

  public DocsConfig {
    for (String url : new String[] {openApiUrl, docsUrl, redocUrl, rootPath}) {
      if (url != null && (!url.startsWith("/") || (url.length() > 1 && url.endsWith("/")) || url.contains("//")
          || !DocPages.isPath(url))) {
        throw new IllegalArgumentException("A docs path starts with / and does not end with one, such as /docs: " + url);
      }
    }
  }
}
