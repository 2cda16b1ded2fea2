package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over plain HTTP: statuses, headers, the form's fields and every error path. */
class PagesTest {
  @TempDir Path dir;
  Served served;

  static final String BASE = "/tables/worked-example/2026.1";
  static final String WORKED =
      "date=2026-06-01&locality=inner&q.Q1=1C&q.Q2=2B&q.Q3=3C&q.Q5=5A&q.Q5=5B&q.Q5=5D&q.Q9=9B";

  @BeforeEach
  void start() {
    served = Served.workedExample(dir);
  }

  @AfterEach
  void stop() {
    served.close();
  }

  private HttpResponse<String> postForm(String path, String body) {
    return served.post(path, body, "Content-Type", Pages.FORM);
  }

  private static Document html(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(Pages.POLICY);
    return Jsoup.parse(r.body());
  }

  @Test
  void theListLinksEveryVersionAndItsForm() {
    HttpResponse<String> r = served.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    Document d = html(r);
    assertThat(d.select("a[href=" + BASE + "]").text()).isEqualTo("Version 2026.1");
    assertThat(d.select("a[href=" + BASE + "/form]")).hasSize(1);
    assertThat(d.text()).contains("in force from 1 April 2026 until 31 March 2027");
  }

  @Test
  void theFormHasEveryQuestionInWordsAndEveryAnswerWithItsPoints() {
    HttpResponse<String> r = served.get(BASE + "/form");
    assertThat(r.statusCode()).isEqualTo(200);
    Document d = html(r);
    assertThat(d.select("main > *").first().tagName()).isEqualTo("h1");
    assertThat(d.select("h1").text())
        .isEqualTo(
            "Questionnaire: Worked example RAS (illustrative figures, not any council's table)");
    assertThat(d.select("meta[http-equiv=Content-Security-Policy]"))
        .as("the form's page has the header's policy only, which lets the form be sent")
        .isEmpty();
    assertThat(d.select("form").attr("method")).isEqualTo("post");
    assertThat(d.select("form").attr("action")).isEqualTo(BASE + "/statement");
    assertThat(d.select("fieldset")).hasSize(5);
    assertThat(d.select("fieldset#q1 legend").text())
        .isEqualTo("How much support do you need with washing, dressing and using the toilet?");
    assertThat(d.select("fieldset#q1 input[type=radio]")).hasSize(4);
    assertThat(d.select("label[for=q1-4]").text())
        .isEqualTo("I need support at all times, including at night (24 points)");
    // the family carer's answers score no points: they take a percent off two domains' points,
    // said in the statement's words, never "(0 points)"
    assertThat(d.select("fieldset#q5 label").eachText())
        .containsExactly(
            "No family carer is able or willing to help (the points for \"Meeting personal care"
                + " needs\" and \"Keeping safe\" are not changed)",
            "A family carer helps some days (the points for \"Meeting personal care needs\" and"
                + " \"Keeping safe\" are reduced by 10%)",
            "A family carer helps every day and wants to go on (the points for \"Meeting personal"
                + " care needs\" and \"Keeping safe\" are reduced by 25%)");
    assertThat(d.select("fieldset#q4 input[type=checkbox]")).hasSize(4);
    assertThat(d.select("fieldset#q4 legend").text())
        .contains("(choose all that apply; at most 9 points in all; optional)");
    assertThat(d.select("select#locality option").eachAttr("value")).containsExactly("", "inner");
    assertThat(d.select("select#clientGroup option").eachAttr("value"))
        .containsExactly("", "older-people");
    assertThat(d.select("input#date").attr("value")).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void theFormGivesTheWorkedExamplesStatementAndWhatIf() {
    HttpResponse<String> r = postForm(BASE + "/statement", WORKED);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("OpenRAS-Table-Fingerprint")).isPresent();
    Document d = html(r);
    assertThat(d.text()).contains("£199.69");
    String whatIf = d.select("nav.openras a:contains(What if)").attr("href");
    assertThat(whatIf).startsWith(BASE + "/whatif?").contains("q.Q5=5A&q.Q5=5B&q.Q5=5D");
    HttpResponse<String> w = served.get(whatIf);
    assertThat(w.statusCode()).isEqualTo(200);
    assertThat(html(w).text()).contains("I need support at all times, including at night");
    // the same fields by GET give the same statement; the form link keeps the answers
    assertThat(html(served.get(BASE + "/statement?" + WORKED)).text()).contains("£199.69");
    Document again = html(served.get(d.select("nav.openras a:contains(Change)").attr("href")));
    assertThat(again.select("input[name=q.Q5][checked]").eachAttr("value"))
        .containsExactly("5A", "5B", "5D");
    assertThat(again.select("select#locality option[selected]").attr("value")).isEqualTo("inner");
  }

  @Test
  void eachBrokenRuleReshowsTheFormWithItsErrorLinkedToTheField() {
    HttpResponse<String> r =
        postForm(BASE + "/statement", "date=2026-06-01&q.Q2=2B&q.Q3=3Z&locality=outer&q.Q9=9B");
    assertThat(r.statusCode()).isEqualTo(422);
    Document d = html(r);
    assertThat(d.title()).startsWith("Error: ");
    assertThat(d.select(".errors a").eachAttr("href")).containsExactly("#q3", "#q1");
    assertThat(d.select("#q1-error").text()).contains("Answer this question: How much support");
    assertThat(d.select("#q3-error").text()).contains("'3Z'");
    // a locality the table does not name has the general factor ("*"): no error, and kept
    assertThat(d.select("#locality-error")).isEmpty();
    assertThat(d.select("select#locality option[selected]").attr("value")).isEqualTo("outer");
    assertThat(d.select("input[name=q.Q2][checked]").attr("value")).isEqualTo("2B");

    Document date = html(postForm(BASE + "/statement", "date=2030-01-01&q.Q1=1A"));
    assertThat(date.select(".errors a[href=#date]").text()).contains("in force from 1 April 2026");
    Document bad = html(postForm(BASE + "/statement", "date=tomorrow"));
    assertThat(bad.select("#date-error").text()).contains("year-month-day");
    assertThat(served.get(BASE + "/whatif?date=tomorrow").statusCode()).isEqualTo(422);
    assertThat(served.get(BASE + "/whatif?q.Q1=1Z").statusCode()).isEqualTo(422);
    Document unknown = html(postForm(BASE + "/statement", WORKED + "&q.Q77=1A"));
    assertThat(unknown.select(".errors a[href=#questionnaire]").text()).contains("Q77");
  }

  @Test
  void wrongRequestsGetAPageWithTheirStatus() {
    HttpResponse<String> field = postForm(BASE + "/statement", WORKED + "&name=Ann");
    assertThat(field.statusCode()).isEqualTo(400);
    assertThat(html(field).text()).contains("has no field 'name'");
    assertThat(postForm(BASE + "/statement", "date=1&date=2").statusCode()).isEqualTo(400);
    assertThat(postForm(BASE + "/statement", "q.Q1=%zz").statusCode()).isEqualTo(400);
    assertThat(served.post(BASE + "/statement", WORKED).statusCode()).isEqualTo(415);
    assertThat(postForm(BASE + "/form", WORKED).statusCode()).isEqualTo(405);
    assertThat(postForm("/", WORKED).statusCode()).isEqualTo(405);
    HttpResponse<String> missing = served.get("/tables/nothing/1");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(html(missing).select("h1").text()).isEqualTo("Not found");
    assertThat(served.get(BASE + "/more/pages").statusCode()).isEqualTo(404);
    assertThat(served.get(BASE + "/other").statusCode()).isEqualTo(404);
    assertThat(served.get("/tables/worked-example/9").statusCode()).isEqualTo(404);
    assertThat(served.get("/tables/..%2f/x").statusCode()).isIn(400, 404);
    byte[] big = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    assertThat(served.post(BASE + "/statement", big, "Content-Type", Pages.FORM).statusCode())
        .isEqualTo(413);
  }

  @Test
  void thePublishedTableLinksToItsForm() {
    Document d = html(served.get(BASE));
    assertThat(d.select("main > h1 + nav.openras a").first().attr("href"))
        .isEqualTo(BASE + "/form");
    assertThat(d.text()).contains("How much support do you need with washing");
  }
}
