package org.openras.service;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.TableRef;
import org.openras.explain.ContentSecurityPolicy;
import org.openras.explain.Figures;
import org.openras.explain.HtmlText;
import org.openras.explain.PublishedTable;
import org.openras.explain.Statement;
import org.openras.explain.WhatIf;
import org.openras.explain.WhatIfReport;
import org.openras.explain.render.Renderer;
import org.openras.report.Doc;
import org.openras.table.Adjustment;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;

/**
 * The pages a person reads in a browser (no script needed): the tables served, a table's published
 * table, its questionnaire as a form, the statement the form gives and the what-if list. The
 * questionnaire's answers travel as form fields ({@code q.CODE}, {@code date}, {@code clientGroup},
 * {@code locality}); every figure, page and rule is the library's (the engine validates the
 * answers, {@link Statement}, {@link WhatIf} and {@link PublishedTable} are rendered by the
 * library's renderers). Nothing is stored: every page is computed from its request.
 */
final class Pages {
  /** The media type of an HTML form's body. */
  static final String FORM = "application/x-www-form-urlencoded";

  /**
   * The Content-Security-Policy header of every page: the library's policy, and a form may be sent
   * to this service only; no page may be framed.
   */
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The reference the form's assessments carry (an opaque id; never personal data). */
  static final String ASSESSMENT_ID = "questionnaire-form";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** The navigation's style, also added to the library's pages it is put into. */
  private static final String NAV_STYLE =
      "nav.openras{border-top:2px solid #10375c;margin:2rem 0 1rem;padding-top:0.5rem}"
          + "nav.openras ul{padding-left:1.25rem}nav.openras li{margin:0.5rem 0}"
          + "nav.openras a{color:#1d4f91;display:inline-block;min-height:1.75rem;"
          + "padding:0.25rem 0;line-height:1.5}"
          + "@media print{nav.openras{display:none}}";

  /**
   * What the forms and the navigation add to the pages' one stylesheet (which {@link Doc} writes):
   * fieldsets, choices with 24 px targets, fields, the error summary, the button.
   */
  private static final String STYLE =
      "fieldset{border:1px solid #767676;margin:1rem 0;padding:.5rem .75rem;min-width:0}"
          + "legend{font-weight:700;padding:0 .25rem}"
          + ".choice{display:flex;gap:.5rem;align-items:flex-start;margin:.4rem 0}"
          + ".choice input{width:1.5rem;height:1.5rem;margin:.1rem 0 0;flex:none}"
          + ".field{margin:1rem 0}.field label{display:block;font-weight:700}"
          + ".hint{color:#333;margin:.25rem 0;font-weight:400}"
          + "select,input[type=date]{font:inherit;padding:.3rem;min-height:2.5rem;"
          + "max-width:100%;border:2px solid #1a1a1a;background:#fff;color:#1a1a1a}"
          + ".points{white-space:nowrap;color:#333}"
          + ".effect{color:#333}"
          + "button{font:inherit;font-weight:700;color:#fff;background:#10375c;border:0;"
          + "padding:.6rem 1.2rem;min-height:2.75rem;cursor:pointer}"
          + ".errors{border:4px solid #b00020;padding:.5rem 1rem;margin:1rem 0}"
          + ".errors h2{margin-top:0;border:0}.error{color:#b00020;font-weight:700;margin:.25rem 0}"
          + "fieldset.invalid,.field.invalid{border-left:5px solid #b00020;padding-left:.75rem}"
          + "ul.tables li{margin:.5rem 0}ul.tables a{display:inline-block;padding:.2rem 0}"
          + ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;"
          + "clip:rect(0 0 0 0);white-space:nowrap}"
          + "@media print{form button{display:none}}"
          + NAV_STYLE;

  private Pages() {}

  // ------------------------------------------------------------------ routes

  /**
   * {@return whether a path is one of the pages'}
   *
   * @param path the request's path
   */
  static boolean isPage(String path) {
    return path.equals("/") || path.startsWith("/tables/");
  }

  /** {@code /}: the tables served, each version with its dates and links. */
  static Api.Reply home(Tables.Snapshot s) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<p>Each table turns the answers to its questionnaire into an")
        .append(" indicative personal budget. Open a table to read it, or fill in its")
        .append(" questionnaire to see the budget it gives and how it was reached.</p>\n");
    List<String> ids = new ArrayList<>(s.provider().tableIds());
    ids.sort(null);
    if (ids.isEmpty()) {
      b.append("<p>No table is served.</p>\n");
    }
    for (String id : ids) {
      List<RasTable> versions = s.provider().versions(id);
      b.append("<h2>").append(esc(versions.get(0).name())).append("</h2>\n<ul class=\"tables\">\n");
      for (RasTable t : versions) {
        b.append("<li><a href=\"")
            .append(esc(base(t)))
            .append("\">Version ")
            .append(esc(t.version()))
            .append("</a>, ")
            .append(esc(inForce(t)))
            .append(" — <a href=\"")
            .append(esc(base(t) + "/form"))
            .append("\">fill in the questionnaire<span class=\"visually-hidden\"> of version ")
            .append(esc(t.version()))
            .append("</span></a></li>\n");
      }
      b.append("</ul>\n");
    }
    return page(200, skeleton("Tables served", b.toString(), false, false));
  }

  /**
   * Routes {@code /tables/{id}/{version}[/form|/statement|/whatif]}.
   *
   * @param s the tables served
   * @param rest the path after {@code /tables/}
   * @param method the request's method
   * @param query the request's query, or null
   * @param body the form's body of a POST, or null
   * @return the page
   */
  static Api.Reply table(Tables.Snapshot s, String rest, String method, String query, String body) {
    String[] seg = rest.split("/", -1);
    if (seg.length < 2 || seg.length > 3) {
      throw new HttpProblem(
          ServiceError.NOT_FOUND, "no page at /tables/" + Versions.printable(rest));
    }
    RasTable t = Api.servedTable(s, seg[0], seg[1]);
    String page = seg.length == 2 ? "" : seg[2];
    boolean post = "POST".equals(method);
    if (post && !page.equals("statement")) {
      throw new HttpProblem(ServiceError.METHOD, "POST is not allowed here; use GET");
    }
    if (!post && !"GET".equals(method)) {
      throw new HttpProblem(
          ServiceError.METHOD, Versions.printable(method) + " is not allowed here; use GET");
    }
    switch (page) {
      case "":
        return withNav(
            Renderer.html(PublishedTable.of(t)),
            true,
            List.of(
                link(base(t) + "/form", "Fill in this table's questionnaire"),
                link("/", "All the tables served")),
            t);
      case "form":
        {
          FormInput in = FormInput.of(t, query == null ? Map.of() : fields(query));
          return page(200, form(t, in, List.of()));
        }
      case "statement":
        return statement(s.engine(), t, fields(post ? body : query));
      case "whatif":
        return whatIf(s.engine(), t, fields(query));
      default:
        throw new HttpProblem(
            ServiceError.NOT_FOUND, "no page at /tables/" + Versions.printable(rest));
    }
  }

  private static Api.Reply statement(RasEngine engine, RasTable t, Map<String, List<String>> f) {
    FormInput in = FormInput.of(t, f);
    if (!in.errors.isEmpty()) {
      return page(422, form(t, in, in.errors));
    }
    Assessment a = in.assessment(t);
    Result r;
    try {
      r = engine.calculate(a);
    } catch (InvalidAssessmentException e) {
      return page(422, form(t, in, in.fieldErrors(t, e.problems())));
    }
    String q = in.query();
    return withNav(
        Renderer.html(Statement.of(t, r)),
        false,
        List.of(
            link(base(t) + "/whatif?" + q, "What if an answer were coded differently?"),
            link(base(t) + "/form?" + q, "Change the answers"),
            link(base(t), "The published table"),
            link("/", "All the tables served")),
        t);
  }

  private static Api.Reply whatIf(RasEngine engine, RasTable t, Map<String, List<String>> f) {
    FormInput in = FormInput.of(t, f);
    if (!in.errors.isEmpty()) {
      return page(422, form(t, in, in.errors));
    }
    WhatIf w;
    try {
      w = WhatIf.of(engine, in.assessment(t));
    } catch (InvalidAssessmentException e) {
      return page(422, form(t, in, in.fieldErrors(t, e.problems())));
    }
    String q = in.query();
    return withNav(
        WhatIfReport.html(w),
        false,
        List.of(
            link(base(t) + "/statement?" + q, "Back to the statement"),
            link(base(t) + "/form?" + q, "Change the answers"),
            link(base(t), "The published table"),
            link("/", "All the tables served")),
        t);
  }

  // ------------------------------------------------------------------ the form

  /** One error of the form: the field's id it is linked to, and its sentence. */
  record FieldError(String field, String message) {}

  /** What a form sent, as fields of the questionnaire, with the errors found reading it. */
  static final class FormInput {
    final String date;
    final String clientGroup;
    final String locality;
    final Map<String, List<String>> answers;
    final List<FieldError> errors;

    private FormInput(
        String date,
        String clientGroup,
        String locality,
        Map<String, List<String>> answers,
        List<FieldError> errors) {
      this.date = date;
      this.clientGroup = clientGroup;
      this.locality = locality;
      this.answers = answers;
      this.errors = errors;
    }

    /** Reads the fields; a field the form does not have is refused (400), never ignored. */
    static FormInput of(RasTable t, Map<String, List<String>> f) {
      Map<String, List<String>> answers = new LinkedHashMap<>();
      String date = null;
      String group = null;
      String locality = null;
      for (Map.Entry<String, List<String>> e : f.entrySet()) {
        String name = e.getKey();
        List<String> values = e.getValue();
        if (name.startsWith("q.") && name.length() > 2) {
          List<String> chosen = new ArrayList<>();
          for (String v : values) {
            if (!v.isBlank()) {
              chosen.add(v.trim());
            }
          }
          answers.put(name.substring(2), chosen);
        } else if (name.equals("date") || name.equals("clientGroup") || name.equals("locality")) {
          if (values.size() > 1) {
            throw new HttpProblem(
                ServiceError.BAD_REQUEST, "the form field '" + name + "' is given more than once");
          }
          String v = values.get(0).trim();
          v = v.isEmpty() ? null : v;
          switch (name) {
            case "date" -> date = v;
            case "clientGroup" -> group = v;
            default -> locality = v;
          }
        } else {
          throw new HttpProblem(
              ServiceError.BAD_REQUEST,
              "the questionnaire form has no field '" + Versions.printable(name) + "'");
        }
      }
      List<FieldError> errors = new ArrayList<>();
      if (date == null) {
        date = defaultDate(t).toString();
      } else {
        try {
          LocalDate d = LocalDate.parse(date);
          if (!t.inForceOn(d)) {
            errors.add(
                new FieldError(
                    "date",
                    "Give a date when version "
                        + t.version()
                        + " is in force: "
                        + inForce(t)
                        + " (the date chooses the table version)"));
          }
        } catch (DateTimeParseException e) {
          errors.add(new FieldError("date", "Give the date as year-month-day, such as 2026-06-01"));
        }
      }
      return new FormInput(date, group, locality, answers, errors);
    }

    /** The assessment the fields say, for this table; checked by the engine. */
    Assessment assessment(RasTable t) {
      Assessment.Builder b =
          Assessment.builder()
              .id(ASSESSMENT_ID)
              .date(LocalDate.parse(date))
              .table(t.id())
              .clientGroup(clientGroup)
              .locality(locality);
      for (Map.Entry<String, List<String>> e : answers.entrySet()) {
        Optional<Question> q = t.question(e.getKey());
        List<String> chosen = e.getValue();
        boolean any = q.map(x -> x.select() == Select.ANY).orElse(false);
        if (chosen.isEmpty()) {
          continue; // a question left unanswered
        }
        b.answer(
            e.getKey(), any || chosen.size() > 1 ? Answer.any(chosen) : Answer.one(chosen.get(0)));
      }
      for (Question q : t.questions()) {
        // an ANY question with no box ticked is answered "none of these" when it must be answered
        if (q.select() == Select.ANY && q.required() && !answers.containsKey(q.code())) {
          b.answer(q.code(), Answer.any(List.of()));
        }
      }
      return b.build();
    }

    /**
     * The engine's problems, each linked to the field it is about: an answer to its question's
     * group of choices, the client group and locality to their lists, the others to the top of the
     * form. A required question left unanswered is reported by the engine at {@code /answers}, in
     * the table's order of the questions; it is linked to the first such question not yet linked.
     */
    List<FieldError> fieldErrors(RasTable t, List<Problem> problems) {
      List<Question> unanswered = new ArrayList<>();
      for (Question q : t.questions()) {
        if (q.required() && answers.getOrDefault(q.code(), List.of()).isEmpty()) {
          unanswered.add(q);
        }
      }
      List<String> ids = questionIds(t);
      List<FieldError> out = new ArrayList<>();
      for (Problem p : problems) {
        String pointer = p.pointer();
        String field = "questionnaire";
        String message = p.message();
        if (pointer.equals("/context/clientGroup")) {
          field = "clientGroup";
        } else if (pointer.equals("/context/locality")) {
          field = "locality";
        } else if (pointer.startsWith("/answers/")) {
          String code = pointer.substring(9).replace("~1", "/").replace("~0", "~");
          int i = indexOf(t, code);
          if (i >= 0) {
            field = ids.get(i);
            message = t.questions().get(i).text() + ": " + p.message();
          }
        } else if (pointer.equals("/answers")
            && p.code() == org.openras.ErrorCode.ASSESSMENT_REQUIRED_UNANSWERED
            && !unanswered.isEmpty()) {
          Question q = unanswered.remove(0);
          field = ids.get(indexOf(t, q.code()));
          message = "Answer this question: " + q.text();
        }
        out.add(new FieldError(field, message));
      }
      return out;
    }

    /** {@return the fields as a query string, for the links between the pages} */
    String query() {
      List<String> kv = new ArrayList<>();
      kv.add("date=" + enc(date));
      if (clientGroup != null) {
        kv.add("clientGroup=" + enc(clientGroup));
      }
      if (locality != null) {
        kv.add("locality=" + enc(locality));
      }
      for (Map.Entry<String, List<String>> e : answers.entrySet()) {
        for (String v : e.getValue()) {
          kv.add(enc("q." + e.getKey()) + "=" + enc(v));
        }
      }
      return String.join("&", kv);
    }
  }

  /** The day a new form is dated: today when the version is in force, else its first day. */
  static LocalDate defaultDate(RasTable t) {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    return t.inForceOn(today) ? today : t.effectiveFrom();
  }

  private static int indexOf(RasTable t, String code) {
    List<Question> qs = t.questions();
    for (int i = 0; i < qs.size(); i++) {
      if (qs.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The id of each question's group of choices, by the question's place (codes may be any text).
   */
  private static List<String> questionIds(RasTable t) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < t.questions().size(); i++) {
      ids.add("q" + (i + 1));
    }
    return ids;
  }

  /** The questionnaire as a form, filled in with what was sent, with its errors when any. */
  static String form(RasTable t, FormInput in, List<FieldError> errors) {
    StringBuilder b = new StringBuilder(16_384);
    Map<String, List<FieldError>> byField = new LinkedHashMap<>();
    for (FieldError e : errors) {
      byField.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e);
    }
    b.append("<p>Version ")
        .append(esc(t.version()))
        .append(", ")
        .append(esc(inForce(t)))
        .append(". Answer each question; the points each answer scores are shown beside it.")
        .append(" The budget is worked out from the points as the ")
        .append("<a href=\"")
        .append(esc(base(t)))
        .append("\">published table</a> says. Nothing you enter is kept.</p>\n");
    if (!errors.isEmpty()) {
      b.append(
          "<div class=\"errors\" role=\"alert\" aria-labelledby=\"errors-title\" tabindex=\"-1\""
              + " autofocus>\n<h2 id=\"errors-title\">There is a problem</h2>\n<ul>\n");
      for (FieldError e : errors) {
        b.append("<li><a href=\"#")
            .append(esc(e.field()))
            .append("\">")
            .append(esc(e.message()))
            .append("</a></li>\n");
      }
      b.append("</ul>\n</div>\n");
    }
    b.append("<form id=\"questionnaire\" method=\"post\" action=\"")
        .append(esc(base(t) + "/statement"))
        .append("\" novalidate>\n");
    b.append("<h2>About the assessment</h2>\n");
    fieldStart(b, "date", byField);
    b.append("<label for=\"date\">Date of the assessment</label>\n")
        .append("<p class=\"hint\" id=\"date-hint\">The date chooses the table version in force.")
        .append(" This version is ")
        .append(esc(inForce(t)))
        .append(".</p>\n");
    errorLines(b, "date", byField);
    b.append("<input type=\"date\" id=\"date\" name=\"date\" value=\"")
        .append(esc(in.date))
        .append("\" aria-describedby=\"date-hint")
        .append(byField.containsKey("date") ? " date-error" : "")
        .append("\"/>\n</div>\n");
    choices(
        b,
        "clientGroup",
        "Client group",
        "The client group chooses the allocation curve that turns points into money.",
        "Another group (general curve)",
        t.allocation().curves().stream().map(Curve::clientGroup).toList(),
        Curve.ANY_GROUP,
        in.clientGroup,
        byField);
    choices(
        b,
        "locality",
        "Where the person lives (locality)",
        "The locality chooses the cost factor.",
        "Anywhere else (general factor)",
        t.allocation().costFactors().stream().map(CostFactor::locality).toList(),
        CostFactor.ANY_LOCALITY,
        in.locality,
        byField);
    List<String> ids = questionIds(t);
    int qi = 0;
    for (Domain d : t.domains()) {
      b.append("<h2>").append(esc(d.name())).append("</h2>\n");
      for (Question q : d.questions()) {
        String id = ids.get(qi++);
        question(b, t, id, q, in.answers.getOrDefault(q.code(), List.of()), byField);
      }
    }
    b.append("<p><button type=\"submit\">Show the budget</button></p>\n</form>\n");
    nav(b, List.of(link(base(t), "The published table"), link("/", "All the tables served")));
    return skeleton("Questionnaire: " + t.name(), b.toString(), true, !errors.isEmpty());
  }

  private static void fieldStart(StringBuilder b, String id, Map<String, List<FieldError>> errs) {
    b.append("<div class=\"field").append(errs.containsKey(id) ? " invalid" : "").append("\">\n");
  }

  private static void errorLines(StringBuilder b, String id, Map<String, List<FieldError>> errs) {
    List<FieldError> mine = errs.get(id);
    if (mine == null) {
      return;
    }
    b.append("<p class=\"error\" id=\"").append(esc(id)).append("-error\">");
    for (int i = 0; i < mine.size(); i++) {
      b.append(i == 0 ? "" : " ")
          .append("<span class=\"visually-hidden\">Error: </span>")
          .append(esc(mine.get(i).message()));
    }
    b.append("</p>\n");
  }

  private static void choices(
      StringBuilder b,
      String id,
      String label,
      String hint,
      String other,
      List<String> options,
      String any,
      String chosen,
      Map<String, List<FieldError>> errs) {
    Set<String> named = new LinkedHashSet<>();
    for (String o : options) {
      if (!o.equals(any)) {
        named.add(o);
      }
    }
    boolean anyOption = options.contains(any);
    if (named.isEmpty() && chosen == null) {
      return; // the table has one curve or factor for everyone: nothing to choose
    }
    fieldStart(b, id, errs);
    b.append("<label for=\"")
        .append(id)
        .append("\">")
        .append(esc(label))
        .append("</label>\n<p class=\"hint\" id=\"")
        .append(id)
        .append("-hint\">")
        .append(esc(hint))
        .append("</p>\n");
    errorLines(b, id, errs);
    b.append("<select id=\"")
        .append(id)
        .append("\" name=\"")
        .append(id)
        .append("\" aria-describedby=\"")
        .append(id)
        .append("-hint")
        .append(errs.containsKey(id) ? " " + id + "-error" : "")
        .append("\">\n<option value=\"\"")
        .append(chosen == null ? " selected" : "")
        .append(">")
        .append(esc(anyOption ? other : "Not given"))
        .append("</option>\n");
    if (chosen != null && !named.contains(chosen)) {
      named.add(chosen); // what was sent stays visible, with the engine's error beside it
    }
    for (String o : named) {
      b.append("<option value=\"")
          .append(esc(o))
          .append("\"")
          .append(o.equals(chosen) ? " selected" : "")
          .append(">")
          .append(esc(o))
          .append("</option>\n");
    }
    b.append("</select>\n</div>\n");
  }

  private static void question(
      StringBuilder b,
      RasTable t,
      String id,
      Question q,
      List<String> chosen,
      Map<String, List<FieldError>> errs) {
    boolean any = q.select() == Select.ANY;
    b.append("<fieldset id=\"")
        .append(id)
        .append("\"")
        .append(
            errs.containsKey(id) ? " class=\"invalid\" aria-describedby=\"" + id + "-error\"" : "")
        .append(">\n<legend>")
        .append(esc(q.text()));
    List<String> notes = new ArrayList<>();
    if (any) {
      notes.add("choose all that apply");
      q.maxPoints().ifPresent(m -> notes.add("at most " + Figures.points(m) + " in all"));
    }
    if (!q.required()) {
      notes.add("optional");
    }
    if (!notes.isEmpty()) {
      b.append(" <span class=\"hint\">(").append(esc(String.join("; ", notes))).append(")</span>");
    }
    b.append("</legend>\n");
    errorLines(b, id, errs);
    List<Descriptor> ds = q.descriptors();
    for (int j = 0; j < ds.size(); j++) {
      Descriptor d = ds.get(j);
      String did = id + "-" + (j + 1);
      b.append("<div class=\"choice\"><input type=\"")
          .append(any ? "checkbox" : "radio")
          .append("\" id=\"")
          .append(did)
          .append("\" name=\"")
          .append(esc("q." + q.code()))
          .append("\" value=\"")
          .append(esc(d.code()))
          .append("\"")
          .append(chosen.contains(d.code()) ? " checked" : "")
          .append("/><label for=\"")
          .append(did)
          .append("\">")
          .append(esc(d.text()))
          .append(adjusts(t, q) ? " <span class=\"effect\">(" : " <span class=\"points\">(")
          .append(esc(scores(t, q, d)))
          .append(")</span></label></div>\n");
    }
    b.append("</fieldset>\n");
  }

  /**
   * What choosing a descriptor does, beside it on the form: its points ({@code 24 points}), and for
   * a question an adjustment is keyed to (a family carer's support) what the adjustment does, in
   * the statement's words: {@code the points for "Keeping safe" are reduced by 10%}. A descriptor
   * that scores no points and only adjusts says only what it adjusts, never "0 points".
   */
  /** {@return whether an adjustment is keyed to the question} */
  private static boolean adjusts(RasTable t, Question q) {
    return t.adjustments().stream().anyMatch(a -> a.question().equals(q.code()));
  }

  static String scores(RasTable t, Question q, Descriptor d) {
    List<String> parts = new ArrayList<>();
    for (Adjustment a : t.adjustments()) {
      if (a.question().equals(q.code())) {
        BigDecimal p = a.percentByDescriptor().getOrDefault(d.code(), BigDecimal.ZERO);
        parts.add("the points for " + domains(t, a) + " are " + Figures.adjustmentEffect(p));
      }
    }
    if (parts.isEmpty() || d.points().signum() != 0) {
      parts.add(0, Figures.points(d.points()));
    }
    return String.join("; ", parts);
  }

  /** The domains an adjustment acts on, by name: {@code "Personal care" and "Keeping safe"}. */
  private static String domains(RasTable t, Adjustment a) {
    if (a.domains().isEmpty()) {
      return "every area";
    }
    List<String> names = new ArrayList<>();
    for (Domain dm : t.domains()) {
      if (a.appliesTo(dm.code())) {
        names.add("\"" + dm.name() + "\"");
      }
    }
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " and "
            + names.get(names.size() - 1);
  }

  // ------------------------------------------------------------------ the skeleton

  /**
   * A page in the pages' one skeleton and stylesheet: the page {@link Doc} writes for the title
   * (its heading and the page's title; "Error: " before the page's title when the form has errors),
   * with this content in its main region and the forms' style added. A page with a form leaves out
   * the library's {@code <meta>} policy, whose {@code form-action 'none'} would stop the form: the
   * service's {@code Content-Security-Policy} header ({@link #POLICY}) holds the same rules, with
   * forms allowed to this service only.
   */
  static String skeleton(String title, String content, boolean form, boolean error) {
    String html = new Doc(title).html();
    if (error) {
      html = html.replaceFirst("<title>", "<title>Error: ");
    }
    if (form) {
      html = html.replace(ContentSecurityPolicy.META, "");
    }
    html = insertAt(html, html.indexOf("</head>"), "<style>" + STYLE + "</style>\n");
    // after the heading Doc writes, at the end of the main region
    return insertAt(html, html.lastIndexOf("</main>"), content);
  }

  /** {@return where the main region's content begins (after its heading), or -1} */
  private static int mainContent(String html) {
    int main = html.indexOf("<main");
    if (main < 0) {
      return -1;
    }
    int h1 = html.indexOf("</h1>", main);
    return h1 >= 0 ? h1 + "</h1>".length() : html.indexOf('>', main) + 1;
  }

  private static String insertAt(String html, int at, String text) {
    if (at < 0) {
      int body = html.lastIndexOf("</body>");
      return body < 0 ? html + text : html.substring(0, body) + text + html.substring(body);
    }
    return html.substring(0, at) + text + html.substring(at);
  }

  /** A link of the pages' navigation. */
  record Link(String href, String text) {}

  private static Link link(String href, String text) {
    return new Link(href, text);
  }

  private static void nav(StringBuilder b, List<Link> links) {
    b.append("<nav class=\"openras\" aria-label=\"Where next\">\n<ul>\n");
    for (Link l : links) {
      b.append("<li><a href=\"")
          .append(esc(l.href()))
          .append("\">")
          .append(esc(l.text()))
          .append("</a></li>\n");
    }
    b.append("</ul>\n</nav>\n");
  }

  /**
   * A page of the library's renderers with the service's navigation: at the top of its main content
   * ({@code top}), or after it, so that a statement still begins with the budget.
   */
  static Api.Reply withNav(String html, boolean top, List<Link> links, RasTable t) {
    StringBuilder n = new StringBuilder(512);
    nav(n, links);
    String out = insertAt(html, html.indexOf("</head>"), "<style>" + NAV_STYLE + "</style>\n");
    out = insertAt(out, top ? mainContent(out) : out.lastIndexOf("</main>"), n.toString());
    return new Api.Reply(200, "text/html; charset=utf-8", out, List.of(TableRef.of(t)));
  }

  static Api.Reply page(int status, String html) {
    return new Api.Reply(status, "text/html; charset=utf-8", html, null);
  }

  /** A problem as a page, for a person who followed a link or sent a form. */
  static Api.Reply problem(int status, String title, String detail) {
    StringBuilder b = new StringBuilder(1024);
    b.append("<p>").append(esc(detail)).append("</p>\n");
    nav(b, List.of(link("/", "All the tables served")));
    return page(status, skeleton(title, b.toString(), false, false));
  }

  // ------------------------------------------------------------------ helpers

  static String base(RasTable t) {
    return "/tables/" + enc(t.id()) + "/" + enc(t.version());
  }

  static String inForce(RasTable t) {
    return "in force from "
        + DAY.format(t.effectiveFrom())
        + t.effectiveTo().map(to -> " until " + DAY.format(to.minusDays(1))).orElse("");
  }

  private static String esc(String s) {
    return HtmlText.escape(s);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Reads form fields ({@code application/x-www-form-urlencoded}), each name with its values in
   * order.
   *
   * @param text the query or body, or null
   * @return the fields
   */
  static Map<String, List<String>> fields(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String kv : text.split("&", -1)) {
      if (kv.isEmpty()) {
        continue;
      }
      int eq = kv.indexOf('=');
      String k = decode(eq < 0 ? kv : kv.substring(0, eq));
      String v = eq < 0 ? "" : decode(kv.substring(eq + 1));
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(
          ServiceError.BAD_REQUEST, "the form's fields are not well encoded: " + e.getMessage());
    }
  }
}
