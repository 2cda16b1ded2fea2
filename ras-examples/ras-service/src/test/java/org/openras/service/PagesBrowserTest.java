package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openras.browser.Browser;
import org.openras.browser.PrintedPdf;

/**
 * The service's pages in a real headless Chromium, at a phone's and a desktop's width: a person
 * fills in the worked example's questionnaire and gets £199.69 a week, opens the what-if, prints
 * the statement on A4; axe-core finds no WCAG 2.2 A/AA violation on any page kind and no page
 * scrolls sideways. Screenshots of each page kind go to {@code target/screenshots/}.
 */
class PagesBrowserTest {
  private static Path dir;
  private static Served served;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start();
    dir = Files.createTempDirectory("openras-pages-");
    served = Served.workedExample(dir);
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  private final SoftAssertions softly = new SoftAssertions();

  @AfterEach
  void report() {
    softly.assertAll();
  }

  private void check(String kind) {
    browser.check(softly, kind);
  }

  private static void follow(WebElement e) {
    browser.follow(e);
  }

  private String text() {
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  private void choose(String question, String... descriptors) {
    for (String d : descriptors) {
      WebElement input =
          browser
              .driver()
              .findElement(By.cssSelector("input[name='q." + question + "'][value='" + d + "']"));
      // a person clicks the answer's words, which the label ties to the input
      browser
          .driver()
          .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
          .click();
      assertThat(input.isSelected()).as(question + " " + d).isTrue();
    }
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {Browser.PHONE, Browser.DESKTOP})
  void aPersonFillsInTheWorkedExampleAndGetsItsBudget(int width) throws IOException {
    browser.width(width).open(served.uri("/"));
    assertThat(browser.driver().getTitle()).contains("Tables served");
    check("table-list");

    follow(browser.driver().findElement(By.linkText("Version 2026.1")));
    assertThat(text()).contains("How much support do you need with washing");
    check("published-table");

    follow(browser.driver().findElement(By.linkText("Fill in this table's questionnaire")));
    assertThat(browser.driver().findElements(By.cssSelector("fieldset > legend"))).hasSize(5);
    assertThat(text()).contains("I need support several times every day (14 points)");
    WebElement date = browser.driver().findElement(By.id("date"));
    date.clear();
    browser.script("arguments[0].value = '2026-06-01';", date);
    // the worked example's client group has no curve of its own: the general curve ("*")
    new Select(browser.driver().findElement(By.id("clientGroup"))).selectByValue("");
    new Select(browser.driver().findElement(By.id("locality"))).selectByValue("inner");
    choose("Q1", "1C");
    choose("Q2", "2B");
    choose("Q3", "3C");
    choose("Q5", "5A", "5B", "5D");
    choose("Q9", "9B");
    check("form");

    follow(browser.driver().findElement(By.cssSelector("button[type=submit]")));
    assertThat(browser.driver().getCurrentUrl())
        .endsWith("/tables/worked-example/2026.1/statement");
    assertThat(text()).contains("£199.69").contains("a week");
    check("statement");
    byte[] printed = browser.printA4();
    Files.write(Path.of("target", "screenshots", "statement-" + width + ".pdf"), printed);
    PrintedPdf pdf = PrintedPdf.read(printed);
    softly.assertThat(pdf.allA4()).as("every printed page is A4").isTrue();
    softly.assertThat(pdf.pages()).as("printed pages of the statement").isBetween(1, 6);
    softly
        .assertThat(pdf.pageTexts().get(0))
        .as("page 1 of the printed statement (the budget first)")
        .contains("£199.69");

    follow(browser.driver().findElement(By.linkText("What if an answer were coded differently?")));
    assertThat(browser.driver().getCurrentUrl()).contains("/whatif?");
    assertThat(text()).contains("I need support at all times, including at night");
    check("what-if");

    follow(browser.driver().findElement(By.linkText("Change the answers")));
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("input[name='q.Q1'][value='1C']"))
                .isSelected())
        .as("the form keeps the answers given")
        .isTrue();
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {Browser.PHONE, Browser.DESKTOP})
  void aMissingAnswerReshowsTheFormWithTheErrorLinkedToItsQuestion(int width) {
    browser.width(width).open(served.uri("/tables/worked-example/2026.1/form"));
    choose("Q2", "2B");
    choose("Q3", "3C");
    choose("Q9", "9B");
    follow(browser.driver().findElement(By.cssSelector("button[type=submit]")));
    assertThat(browser.driver().getTitle()).startsWith("Error: ");
    WebElement summary = browser.driver().findElement(By.cssSelector(".errors"));
    assertThat(summary.getText()).contains("There is a problem");
    WebElement link = summary.findElement(By.cssSelector("a[href='#q1']"));
    assertThat(link.getText())
        .contains("How much support do you need with washing, dressing and using the toilet?");
    assertThat(browser.driver().findElement(By.id("q1")).getAttribute("aria-describedby"))
        .isEqualTo("q1-error");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("input[name='q.Q2'][value='2B']"))
                .isSelected())
        .isTrue();
    check("form-errors");
    link.click();
    assertThat(browser.driver().getCurrentUrl()).endsWith("#q1");
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {Browser.PHONE, Browser.DESKTOP})
  void theComparisonAndVerificationPagesAreAccessible(int width) throws IOException {
    String a = Served.resource(Served.ASSESSMENT);
    String b = a.replace("\"Q1\": \"1C\"", "\"Q1\": \"1D\"");
    HttpResponse<String> cmp =
        served.post(
            "/v1/compare", "{\"before\": " + a + ", \"after\": " + b + "}", "Accept", "text/html");
    assertThat(cmp.statusCode()).isEqualTo(200);
    Path out = Files.createDirectories(Path.of("target", "browser-pages"));
    Path comparison = Files.writeString(out.resolve("comparison.html"), cmp.body());
    browser.width(width).open(comparison);
    check("comparison");

    String result = served.post("/v1/calculate", a).body();
    HttpResponse<String> ver =
        served.post(
            "/v1/verify",
            "{\"assessment\": " + a + ", \"result\": " + result + "}",
            "Accept",
            "text/html");
    assertThat(ver.statusCode()).isEqualTo(200);
    browser.open(Files.writeString(out.resolve("verification.html"), ver.body()));
    assertThat(text()).contains("Verified");
    check("verification");
  }
}
