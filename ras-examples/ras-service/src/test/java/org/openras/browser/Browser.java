package org.openras.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real-browser test harness: one headless Chromium (Debian's {@code /usr/bin/chromium} driven
 * through {@code /usr/bin/chromedriver} by Selenium) per test class, with what the page tests need:
 * a viewport of a given width, axe-core, full-page screenshots, printing to PDF on A4 and layout
 * checks.
 *
 * <p>Shipped in ras-service's test-jar, so the service's tests and the command's tests (pages the
 * {@code ras} command writes) use the same harness. Whether a missing Chromium fails or skips is
 * the system property {@code openras.browser}: {@code required} (the default, and what CI passes)
 * fails; {@code optional} (the build's default for a developer's machine) skips by a JUnit
 * assumption. Chromium and chromedriver may be elsewhere: {@code openras.chromium} and {@code
 * openras.chromedriver}.
 */
public final class Browser implements AutoCloseable {
  /** The phone width every page must be readable at. */
  public static final int PHONE = 360;

  /** A desktop width. */
  public static final int DESKTOP = 1280;

  /** The WCAG 2.2 A and AA rule tags axe-core runs. */
  public static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;
  private int width = DESKTOP;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts a headless Chromium, or skips the test (a JUnit assumption) when it is absent and
   * browser tests are optional.
   *
   * @return the browser, at desktop width
   */
  public static Browser start() {
    Path chromium = Path.of(System.getProperty("openras.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("openras.chromedriver", "/usr/bin/chromedriver"));
    boolean present = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    if (!present) {
      String mode = System.getProperty("openras.browser", "required");
      Assumptions.assumeFalse(
          "optional".equals(mode),
          "no " + chromium + " or " + chromedriver + ", and browser tests are optional");
      throw new IllegalStateException(
          "browser tests are required (openras.browser="
              + mode
              + ") but "
              + chromium
              + " or "
              + chromedriver
              + " is missing: apt-get install chromium chromium-driver");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("openras-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--lang=en-GB",
        "--window-size=" + DESKTOP + ",900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Browser b = new Browser(driver, profile);
    b.width(DESKTOP);
    return b;
  }

  /** {@return the Selenium driver, for what this harness does not wrap} */
  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Sets the viewport's width (CSS pixels; the height is 900), as a window of that width would.
   *
   * @param width the width, such as {@link #PHONE} or {@link #DESKTOP}
   * @return this browser
   */
  public Browser width(int width) {
    this.width = width;
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    return this;
  }

  /** {@return the viewport's width set by {@link #width}} */
  public int width() {
    return width;
  }

  /**
   * Opens a page and waits until it has loaded.
   *
   * @param uri the page's address ({@code http:} or {@code file:})
   * @return this browser
   */
  public Browser open(URI uri) {
    driver.get(uri.toString());
    return this;
  }

  /**
   * Opens a file written by a command.
   *
   * @param file the HTML file
   * @return this browser
   */
  public Browser open(Path file) {
    return open(file.toAbsolutePath().toUri());
  }

  /**
   * Clicks a link or submit button and waits until the page it leads to has replaced this one and
   * finished loading. The current document is marked first and the wait is for a document without
   * the mark: asking the clicked element whether it is stale is not enough, because while Chromium
   * swaps documents it may answer "node does not belong to the document" rather than "stale".
   *
   * @param element what a person would click
   * @return this browser
   */
  public Browser follow(WebElement element) {
    String mark = "openras" + System.nanoTime();
    script("window.__openrasPage = arguments[0];", mark);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .withMessage(
            () -> "the page after the click did not load; still at " + driver.getCurrentUrl())
        .until(
            d ->
                Boolean.TRUE.equals(
                    script(
                        "return window.__openrasPage !== arguments[0]"
                            + " && document.readyState === 'complete';",
                        mark)));
    return this;
  }

  /**
   * Runs a script in the page.
   *
   * @param script the script's body (use {@code return} for a value)
   * @param args its arguments ({@code arguments[0]}…)
   * @return what it returned
   */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  // ------------------------------------------------------------------ axe-core

  private static String axeSource;

  private static synchronized String axe() {
    if (axeSource == null) {
      try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the class path");
        }
        axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
  }

  /**
   * Runs axe-core on the page open now with the WCAG 2.2 A and AA rules ({@link #WCAG_TAGS}).
   *
   * @return the violations, one line each: rule, impact, help and the first elements' selectors
   */
  @SuppressWarnings("unchecked")
  public List<String> axeViolations() {
    if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
      script(axe());
    }
    Object out =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help"
                + " + ' at ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')"
                + " + (v.nodes.length ? ' — ' + v.nodes[0].failureSummary.replace(/\\s+/g, ' ') : ''))))"
                + ".catch(e => done(['axe failed: ' + e]));",
            WCAG_TAGS);
    return new ArrayList<>((List<String>) out);
  }

  /**
   * Asserts that axe-core finds no WCAG 2.2 A or AA violation on the page open now.
   *
   * @param page the page's name, for the message
   */
  public void assertAccessible(String page) {
    assertThat(axeViolations()).as("axe-core on %s at %d px", page, width).isEmpty();
  }

  // ------------------------------------------------------------------ layout

  /**
   * {@return how many CSS pixels the page is wider than the viewport (0 when it fits): the page
   * body scrolls sideways when positive}
   */
  public long horizontalOverflow() {
    Object o =
        script(
            "const d = document.documentElement, b = document.body;"
                + "return Math.max(d.scrollWidth, b ? b.scrollWidth : 0) - d.clientWidth;");
    return Math.max(0, ((Number) o).longValue());
  }

  /**
   * {@return the table cells narrower than {@code minChars} characters of their own font (the width
   * of "0") and than their longest word, so that a word is broken: a table squeezed into a column
   * of single letters; each as "text (width px)"}
   *
   * @param minChars the least width, in characters (the width of "0" in the cell's font)
   */
  @SuppressWarnings("unchecked")
  public List<String> narrowCells(int minChars) {
    Object o =
        script(
            "const min = arguments[0], out = [];"
                + "const c = document.createElement('canvas').getContext('2d');"
                + "for (const td of document.querySelectorAll('td, th')) {"
                + "  const r = td.getBoundingClientRect();"
                + "  if (r.width === 0 || td.textContent.trim() === '') continue;"
                + "  const cs = getComputedStyle(td); c.font = cs.font;"
                + "  const ch = c.measureText('0').width;"
                + "  const inner = r.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);"
                + "  const text = td.textContent.trim();"
                + "  const word = Math.max(...text.split(/\\s+/).map(w => c.measureText(w).width));"
                + "  const need = Math.min(word, min * ch) - 0.5;"
                + "  if (inner < need) out.push(text.slice(0, 40) + ' (' + Math.round(inner) + ' px)');"
                + "}"
                + "return out;",
            minChars);
    return new ArrayList<>((List<String>) o);
  }

  /**
   * Asserts the page open now fits its viewport: no sideways scrolling of the body, no table cell
   * narrower than four characters (a cell whose text is shorter may be as narrow as its text).
   *
   * @param page the page's name, for the message
   */
  public void assertFits(String page) {
    assertThat(horizontalOverflow())
        .as("%s at %d px: the body scrolls sideways by this many px", page, width)
        .isZero();
    assertThat(narrowCells(4))
        .as("%s at %d px: table cells squeezed narrower than 4 characters", page, width)
        .isEmpty();
  }

  /**
   * Checks the page open now as {@link #assertAccessible} and {@link #assertFits} do, into soft
   * assertions, so that one run reports every page's problems, and writes its screenshot first.
   *
   * @param softly where the failures are collected
   * @param page the page kind, for the message and the screenshot's name
   */
  public void check(org.assertj.core.api.SoftAssertions softly, String page) {
    screenshot(page);
    softly.assertThat(axeViolations()).as("axe-core on %s at %d px", page, width).isEmpty();
    softly
        .assertThat(horizontalOverflow())
        .as("%s at %d px: the body scrolls sideways by this many px", page, width)
        .isZero();
    softly
        .assertThat(narrowCells(4))
        .as("%s at %d px: table cells squeezed narrower than 4 characters", page, width)
        .isEmpty();
  }

  // ------------------------------------------------------------------ screenshots and print

  /**
   * Writes a full-page PNG screenshot of the page open now to {@code
   * target/screenshots/NAME-WIDTH.png}, a build artifact for reviewers.
   *
   * @param name the page kind, such as {@code statement}
   * @return the file written
   */
  public Path screenshot(String name) {
    Object data =
        driver
            .executeCdpCommand(
                "Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true))
            .get("data");
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
      Files.write(file, Base64.getDecoder().decode((String) data));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the page open now to PDF on A4 portrait, with the page's own print styles and
   * backgrounds, through WebDriver's print command.
   *
   * @return the PDF's bytes
   */
  public byte[] printA4() {
    PrintOptions p = new PrintOptions();
    p.setPageSize(new PageSize(29.7, 21.0));
    p.setOrientation(PrintOptions.Orientation.PORTRAIT);
    p.setPageMargin(new PageMargin(1.0, 1.0, 1.0, 1.0));
    p.setBackground(true);
    p.setShrinkToFit(true);
    Pdf pdf = driver.print(p);
    return Base64.getDecoder().decode(pdf.getContent());
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files
            .sorted(java.util.Comparator.reverseOrder())
            .forEach(
                f -> {
                  try {
                    Files.deleteIfExists(f);
                  } catch (IOException ignored) {
                    // a file the browser still held; the temporary directory is cleaned later
                  }
                });
      } catch (IOException ignored) {
        // as above
      }
    }
  }
}
