package dev.hotpath.server;

import java.nio.charset.StandardCharsets;

/**
 * The HTML of {@code /docs} and {@code /redoc}. Every URL in them is relative to the page, so the
 * pages work wherever a proxy mounts the API: assets under the page's own path, the document found
 * from the page's directory.
 */
final class DocPages {
  private DocPages() {}

  static byte[] swaggerUi(String title, String page) {
    String assets = lastSegment(page) + "/";
    return html("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s - Swagger UI</title>
        <link rel="stylesheet" type="text/css" href="%sswagger-ui.css">
        <link rel="icon" type="image/png" href="%sfavicon-32x32.png">
        </head>
        <body>
        <div id="swagger-ui"></div>
        <script src="%sswagger-ui-bundle.js"></script>
        <script src="%shotpath-init.js"></script>
        </body>
        </html>
        """.formatted(escape(title), assets, assets, assets, assets));
  }

  /** Swagger UI's start-up, as FastAPI configures it; a file, so a strict Content-Security-Policy allows it. */
  static byte[] swaggerInit(String page, String document) {
    String url = relative(page, document);
    return ("window.ui = SwaggerUIBundle({\n"
        + "  url: " + jsString(url) + ",\n"
        + "  dom_id: '#swagger-ui',\n"
        + "  layout: 'BaseLayout',\n"
        + "  deepLinking: true,\n"
        + "  showExtensions: true,\n"
        + "  showCommonExtensions: true,\n"
        + "  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset]\n"
        + "});\n").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] redoc(String title, String page, String document) {
    return html("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s - ReDoc</title>
        <style>body { margin: 0; padding: 0; }</style>
        </head>
        <body>
        <redoc spec-url="%s"></redoc>
        <script src="%s/redoc.standalone.js"></script>
        </body>
        </html>
        """.formatted(escape(title), escape(relative(page, document)), lastSegment(page)));
  }

  /** The URL of {@code target} relative to a page at {@code page}, both absolute paths. */
  static String relative(String page, String target) {
    String[] from = page.substring(1).split("/", -1); // the last is the page itself
    String[] to = target.substring(1).split("/", -1);
    int common = 0;
    while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder url = new StringBuilder();
    for (int i = common; i < from.length - 1; i++) {
      url.append("../");
    }
    for (int i = common; i < to.length; i++) {
      url.append(to[i]).append(i == to.length - 1 ? "" : "/");
    }
    return url.toString();
  }

  static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Only path characters: a configured path or a proxy's prefix goes into pages and the document. */
  static boolean isPath(String text) {
    if (text.length() > 200) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static byte[] html(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String jsString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c") + "'";
  }
}
