package com.example.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Server;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The store's /docs and /redoc in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}), with no network beyond 127.0.0.1: Swagger UI's "Try it out" runs a
 * request and shows its status, ReDoc lists the operations — served directly and behind a proxy's
 * path prefix; and the store's own page, whose EventSource and upload form run against the server.
 * Screenshots go to {@code target/screenshots}. Skipped where Chromium is not
 * installed, unless {@code HOTPATH_BROWSER_REQUIRED=1} in the environment (CI) makes that a failure.
 */
class DocsBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static ItemRepository repository;
  private static Server server;
  private static PrefixProxy proxy;
  private static WebDriver browser;
  private static ItemEvents events;

  @BeforeAll
  static void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if ("1".equals(System.getenv("HOTPATH_BROWSER_REQUIRED"))) {
      assertThat(installed).as("Chromium and ChromeDriver at " + CHROMIUM + " and " + DRIVER).isTrue();
    }
    Assumptions.assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
    repository = ItemRepository.inMemory("browser-" + UUID.randomUUID());
    StoreApp.seed(repository);
    events = new ItemEvents();
    server = StoreApp.configure(repository, new Mailer(), events).port(0).start();
    proxy = new PrefixProxy("/store", server.port());
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (server != null) {
      server.stop(Duration.ofSeconds(1));
      repository.close();
    }
  }

  @Test
  void swaggerUiTriesAnOperationOut() throws Exception {
    tryItOut("http://127.0.0.1:" + server.port() + "/docs", "docs.png");
  }

  @Test
  void swaggerUiWorksBehindAPathPrefix() throws Exception {
    tryItOut("http://127.0.0.1:" + proxy.port() + "/store/docs", "docs-behind-prefix.png");
  }

  @Test
  void redocListsTheOperations() throws Exception {
    readOperations("http://127.0.0.1:" + server.port() + "/redoc", "redoc.png");
    readOperations("http://127.0.0.1:" + proxy.port() + "/store/redoc", "redoc-behind-prefix.png");
  }

  /**
   * The store's page (static files from the classpath) in a real browser: its EventSource shows an
   * item created meanwhile, and its form uploads an avatar as the browser encodes multipart.
   */
  @Test
  void theStorePageShowsLiveChangesAndUploadsAnAvatar() throws Exception {
    String base = "http://127.0.0.1:" + server.port();
    browser.get(base + "/ui/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(driver -> events.listeners() > 0);
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/items/"))
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Tamper\",\"price\":12,\"tags\":[]}"))
        .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    WebElement change = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#changes li")));
    assertThat(change.getText()).matches("created #\\d+: Tamper");
    Path image = Files.createTempFile("avatar", ".png");
    Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    browser.findElement(By.cssSelector("#avatar input[type=file]")).sendKeys(image.toString());
    browser.findElement(By.cssSelector("#avatar button")).click();
    WebElement result = browser.findElement(By.id("avatar-result"));
    wait.until(driver -> !result.getText().isBlank());
    save("store-page.png");
    assertThat(result.getText()).startsWith("201 ").contains("\"contentType\":\"image/png\"").contains("\"size\":12");
  }

  /** Expands GET /items/{id}, fills the id, executes, and reads the status Swagger UI shows. */
  private static void tryItOut(String url, String screenshot) throws Exception {
    browser.get(url);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    WebElement operation = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#operations-items-get_items__id__get .opblock-summary")));
    operation.click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#operations-items-get_items__id__get .try-out__btn"))).click();
    WebElement id = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#operations-items-get_items__id__get tr[data-param-name='id'] input")));
    id.sendKeys("2");
    browser.findElement(By.cssSelector("#operations-items-get_items__id__get .execute")).click();
    WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
        "#operations-items-get_items__id__get .live-responses-table tbody .response-col_status")));
    wait.until(driver -> !status.getText().isBlank());
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", status);
    String body = browser.findElement(By.cssSelector(
        "#operations-items-get_items__id__get .live-responses-table tbody .response-col_description")).getText();
    save(screenshot);
    assertThat(status.getText().strip()).startsWith("200");
    assertThat(body).contains("Moka pot");
  }

  private static void readOperations(String url, String screenshot) throws Exception {
    browser.get(url);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-section-id]")));
    wait.until(driver -> driver.getPageSource().contains("Reads one item."));
    save(screenshot);
    String page = browser.getPageSource();
    assertThat(page).contains("Example store", "Reads one item.", "Lists items, optionally filtered by name",
        "The user the token belongs to.");
  }

  private static void save(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
