package org.openras.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The harness itself finds what it is there to find, on small pages written for the purpose. */
class BrowserHarnessTest {
  private static Browser browser;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private Path page(String body) throws IOException {
    return page("p.html", body);
  }

  private Path page(String name, String body) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(
        f,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
            + "<meta name=\"viewport\" content=\"width=device-width\"></head><body><main>"
            + body
            + "</main></body></html>");
    return f;
  }

  @Test
  void axeFindsAnUnlabelledInputAndLowContrast() throws IOException {
    browser
        .width(Browser.DESKTOP)
        .open(
            page(
                "<h1>Form</h1><input type=\"text\">"
                    + "<p style=\"color:#bbb;background:#fff\">faint</p>"));
    assertThat(browser.axeViolations())
        .anyMatch(v -> v.startsWith("label "))
        .anyMatch(v -> v.startsWith("color-contrast "));
    browser.open(page("<h1>Fine</h1><label for=\"a\">Name</label><input id=\"a\" type=\"text\">"));
    browser.assertAccessible("a fine page");
  }

  @Test
  void layoutChecksFindOverflowAndSqueezedCells() throws IOException {
    browser.width(Browser.PHONE).open(page("<h1>Wide</h1><div style=\"width:900px\">x</div>"));
    assertThat(browser.horizontalOverflow()).isGreaterThan(400);
    browser.open(
        page(
            "<h1>Squeezed</h1><table><tr><td style=\"width:3px;max-width:3px;word-break:break-all\">"
                + "abcdefghij</td><td>ok</td></tr></table>"));
    assertThat(browser.horizontalOverflow()).isZero();
    assertThat(browser.narrowCells(4)).hasSize(1).allMatch(c -> c.startsWith("abcdefghij"));
    browser.open(page("<h1>Fits</h1><table><tr><td>£199.69</td><td>a</td></tr></table>"));
    browser.assertFits("a table that fits");
  }

  @Test
  void printsOnA4AndScreenshots() throws IOException {
    browser
        .width(Browser.DESKTOP)
        .open(page("<h1>Budget £199.69</h1>" + "<p style=\"break-before:page\">second page</p>"));
    PrintedPdf pdf = PrintedPdf.read(browser.printA4());
    assertThat(pdf.allA4()).isTrue();
    assertThat(pdf.pages()).isEqualTo(2);
    assertThat(pdf.pageTexts().get(0)).contains("£199.69");
    assertThat(pdf.pageTexts().get(1)).contains("second page");
    Path shot = browser.screenshot("harness");
    assertThat(Files.size(shot)).isGreaterThan(100);
    assertThat(shot.getFileName().toString()).isEqualTo("harness-1280.png");
  }

  @Test
  void followWaitsForTheNextDocumentEvenAtTheSameAddress() throws IOException {
    page("next.html", "<h1>Next page</h1><form action=\"next.html\"><button>Again</button></form>");
    browser.width(Browser.PHONE).open(page("<h1>First</h1><a href=\"next.html\">Go on</a>"));
    browser.follow(browser.driver().findElement(By.linkText("Go on")));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Next page");
    // a form sent to its own address: the address does not change, the document does
    browser.script("document.querySelector('h1').textContent = 'changed here';");
    browser.follow(browser.driver().findElement(By.tagName("button")));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Next page");
  }
}
