package org.openras.explain;

import org.apiguardian.api.API;
import org.openras.engine.Result;
import org.openras.report.Doc;

/**
 * A {@link Verification} written for people: plain text, Markdown or a self-contained HTML page.
 * Either "Verified", with what was checked, or "Not verified", with the first difference: where it
 * is in the result file, which step or figure, what a fresh calculation gives and what the file
 * says.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VerificationReport {
  private VerificationReport() {}

  /**
   * {@return the report as plain text}
   *
   * @param v the outcome of checking a result file
   */
  public static String text(Verification v) {
    return doc(v).text();
  }

  /**
   * {@return the report as Markdown}
   *
   * @param v the outcome of checking a result file
   */
  public static String markdown(Verification v) {
    return doc(v).markdown();
  }

  /**
   * {@return the report as one self-contained HTML page}
   *
   * @param v the outcome of checking a result file
   */
  public static String html(Verification v) {
    return doc(v).html();
  }

  /**
   * {@return the outcome in one sentence: "verified: …" or "not verified: …"}
   *
   * @param v the outcome of checking a result file
   */
  public static String sentence(Verification v) {
    Result r = v.recomputed();
    if (v.verified()) {
      return "verified: the result file matches a fresh calculation of assessment "
          + r.assessmentId()
          + " with table "
          + r.table().id()
          + " version "
          + r.table().version()
          + " ("
          + r.table().fingerprint()
          + "); "
          + v.compared()
          + " values compared"
          + (v.traceCompared()
              ? ", every trace step included."
              : "; the file has no trace, so its figures only.");
    }
    VerificationDifference d = v.difference().orElseThrow();
    return "not verified: the first difference is "
        + d.what()
        + " at "
        + d.pointer()
        + d.location().map(l -> " (" + l + ")").orElse("")
        + ": a fresh calculation gives "
        + d.expected()
        + ", the file says "
        + d.found()
        + ".";
  }

  /**
   * {@return the report as a document, to be written in any format or added to}
   *
   * @param v the outcome of checking a result file
   */
  public static Doc doc(Verification v) {
    ClaimedResult c = v.claimed();
    String name = c.source().map(s -> s.name()).orElse("the result");
    Doc d = new Doc((v.verified() ? "Verified: " : "Not verified: ") + name);
    String s = sentence(v);
    d.para(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    v.difference()
        .ifPresent(
            diff ->
                d.table(
                    Doc.Table.of(
                            "The first difference",
                            "Where in the file",
                            "Step or figure",
                            "Fresh calculation",
                            "The file says")
                        .row(
                            diff.pointer() + diff.location().map(l -> " (" + l + ")").orElse(""),
                            diff.what(),
                            diff.expected(),
                            diff.found())));
    return d;
  }
}
