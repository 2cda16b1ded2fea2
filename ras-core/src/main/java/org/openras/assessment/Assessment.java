package org.openras.assessment;

import static org.openras.ErrorCode.ASSESSMENT_MODERATION_CHANGE;
import static org.openras.ErrorCode.ASSESSMENT_MODERATION_REASON;
import static org.openras.ErrorCode.ASSESSMENT_MODERATION_SET;
import static org.openras.ErrorCode.ASSESSMENT_OTHER_FUNDING_AMOUNT;
import static org.openras.ErrorCode.ASSESSMENT_REQUIRED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.Source;
import org.openras.table.RasTable;

/**
 * One person's needs assessment on a date: the descriptor chosen for each question, a little
 * context (client group, locality) and any moderations of the budget. No personal data: the id is
 * an opaque reference owned by the calling system.
 *
 * <p>Building an assessment checks the rules that need no table (an id, a date, moderations with a
 * reason and exactly one of amount and percent); the rules that need the table (unknown questions,
 * descriptors of another question…) are checked when the engine computes it. Immutable and
 * thread-safe; answers keep the order they were given in.
 *
 * <p>One thing is kept in an assessment that is not part of its value: the engine's encoding of its
 * answers for the table it was last computed with (the answers checked against that table and
 * resolved to its descriptor numbers; an immutable object). Why: an application often computes the
 * same assessment more than once (a result, its statement, a what-if, a verification), and with the
 * encoding kept the same engine neither looks up its table version nor checks or looks up its
 * answers again (the benchmarks {@code untraced} and {@code untracedFirstTime} measure the
 * difference). Where: the private field {@code engineMemo}, written and read only by {@code
 * org.openras.engine.Encoding} through a {@code VarHandle} (the engine's package cannot see a
 * private field otherwise, and the encoding's type is not API); a race between threads is benign,
 * as for {@link String#hashCode()}. It is not in equality, hash code, text or builder, and it keeps
 * the engine's prepared table reachable while the assessment is.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Assessment {
  /** The format tag of the JSON form. */
  public static final String FORMAT = "ras-assessment/1";

  private final String id;
  private final LocalDate date;
  private final Optional<String> tableId;
  private final Optional<String> clientGroup;
  private final Optional<String> locality;
  private final ImmutableMap<String, Answer> answers;
  private final ImmutableList<Moderation> moderations;
  private final ImmutableList<OtherFunding> otherFunding;
  private final Optional<Source> source;

  /** The engine's encoding of the answers, not part of the value: see the class's comment. */
  @SuppressWarnings("unused")
  private volatile Object engineMemo;

  private Assessment(Builder b) {
    this.id = b.id;
    this.date = b.date;
    this.tableId = Optional.ofNullable(b.tableId);
    this.clientGroup = Optional.ofNullable(b.clientGroup);
    this.locality = Optional.ofNullable(b.locality);
    this.answers = b.given != null ? b.given : ImmutableMap.copyOf(b.answers);
    this.moderations = ImmutableList.copyOf(b.moderations);
    this.otherFunding = ImmutableList.copyOf(b.otherFunding);
    this.source = Optional.ofNullable(b.source);
  }

  /** {@return a builder for an assessment} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the calling system's reference for this assessment} */
  public String id() {
    return id;
  }

  /** {@return the day of the assessment: it chooses the table version in force} */
  public LocalDate date() {
    return date;
  }

  /** {@return the id of the table it is computed with; may be left out when one table is loaded} */
  public Optional<String> tableId() {
    return tableId;
  }

  /** {@return the person's client group, which chooses the allocation curve} */
  public Optional<String> clientGroup() {
    return clientGroup;
  }

  /** {@return where the person lives, which chooses the cost factor} */
  public Optional<String> locality() {
    return locality;
  }

  /** {@return the answers by question code, in the order given} */
  public ImmutableMap<String, Answer> answers() {
    return answers;
  }

  /**
   * {@return the answer to the question with this code, empty when unanswered}
   *
   * @param questionCode a question code, such as {@code Q1}
   */
  public Optional<Answer> answer(String questionCode) {
    return Optional.ofNullable(answers.get(questionCode));
  }

  /** {@return the moderations, in the order given} */
  public ImmutableList<Moderation> moderations() {
    return moderations;
  }

  /**
   * {@return what sources of funding other than the council pay for the person (spec v1.1 §4), in
   * the order given; empty when none}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public ImmutableList<OtherFunding> otherFunding() {
    return otherFunding;
  }

  /** {@return where the assessment was read from, when it was read from a file} */
  public Optional<Source> source() {
    return source;
  }

  /**
   * This assessment as computed with one given table version, whatever its date: naming that table,
   * and dated on a day the version is in force — its own date when the version is in force then,
   * else the version's first day. The date only ever chooses a table version, so this is how one
   * assessment is computed under last year's and next year's table (comparisons, impact analyses,
   * calibration). Returns this assessment when nothing needs to change.
   *
   * @param table the table version to compute with
   * @return the assessment to give the engine
   */
  public Assessment forTable(RasTable table) {
    LocalDate day = table.inForceOn(date) ? date : table.effectiveFrom();
    if (day.equals(date) && tableId.map(table.id()::equals).orElse(false)) {
      return this;
    }
    return toBuilder().date(day).table(table.id()).build();
  }

  /** {@return a builder holding this assessment's content, to derive a changed one from it} */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).date(date);
    b.tableId = tableId.orElse(null);
    b.clientGroup = clientGroup.orElse(null);
    b.locality = locality.orElse(null);
    b.given = answers;
    b.moderations.addAll(moderations);
    b.otherFunding.addAll(otherFunding);
    b.source = source.orElse(null);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment a
        && id.equals(a.id)
        && date.equals(a.date)
        && tableId.equals(a.tableId)
        && clientGroup.equals(a.clientGroup)
        && locality.equals(a.locality)
        && answers.equals(a.answers)
        && moderations.equals(a.moderations)
        && otherFunding.equals(a.otherFunding);
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(id, date, tableId, clientGroup, locality, answers, moderations);
    return otherFunding.isEmpty() ? h : 31 * h + otherFunding.hashCode();
  }

  @Override
  public String toString() {
    return "Assessment[" + id + " on " + date + ", answers " + answers + "]";
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder {
    private String id;
    private LocalDate date;
    private String tableId;
    private String clientGroup;
    private String locality;
    private Map<String, Answer> answers = new LinkedHashMap<>();

    /** The answers as given whole by {@link #answers(ImmutableMap)}, while no answer changes. */
    private ImmutableMap<String, Answer> given;

    private final List<Moderation> moderations = new ArrayList<>();
    private final List<OtherFunding> otherFunding = new ArrayList<>();
    private Source source;

    Builder() {}

    /**
     * Sets the assessment's id: an opaque reference owned by the calling system, never personal
     * data.
     *
     * @param id the id, such as {@code case-0042/review-3}; required, not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the date of the assessment, which picks the table version in force.
     *
     * @param date the assessment date; required
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Sets the id of the table to compute with; needed only when several tables are loaded.
     *
     * @param tableId the table's id, such as {@code example-saq}
     * @return this builder
     */
    public Builder table(String tableId) {
      this.tableId = tableId;
      return this;
    }

    /**
     * Sets the person's client group, which picks the allocation curve.
     *
     * @param clientGroup the client group, such as {@code learning-disability}; null for none
     * @return this builder
     */
    public Builder clientGroup(String clientGroup) {
      this.clientGroup = clientGroup;
      return this;
    }

    /**
     * Sets the person's locality, which picks the cost factor.
     *
     * @param locality the locality, such as {@code inner}; null for none
     * @return this builder
     */
    public Builder locality(String locality) {
      this.locality = locality;
      return this;
    }

    /**
     * Answers a {@code ONE} question with one descriptor (replacing any earlier answer).
     *
     * @param question the question's code
     * @param descriptor the chosen descriptor's code
     * @return this builder
     */
    public Builder answer(String question, String descriptor) {
      return answer(question, Answer.one(descriptor));
    }

    /**
     * Answers an {@code ANY} question with these descriptors (replacing any earlier answer).
     *
     * @param question the question's code
     * @param descriptors the chosen descriptors' codes
     * @return this builder
     */
    public Builder answerAny(String question, String... descriptors) {
      return answer(question, Answer.any(descriptors));
    }

    /**
     * Answers a question (replacing any earlier answer).
     *
     * @param question the question's code
     * @param answer the descriptor or descriptors chosen
     * @return this builder
     */
    public Builder answer(String question, Answer answer) {
      thaw();
      answers.put(Objects.requireNonNull(question, "question"), Objects.requireNonNull(answer));
      return this;
    }

    /**
     * Gives all the answers at once, by question code in the map's order, replacing any given
     * before. The assessment keeps this map as it is, instead of copying the answers given one by
     * one: for readers of large caseloads, which know each row's answers before building.
     *
     * @param answers each answer by its question's code
     * @return this builder
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public Builder answers(ImmutableMap<String, Answer> answers) {
      this.given = Objects.requireNonNull(answers, "answers");
      this.answers = new LinkedHashMap<>();
      return this;
    }

    /**
     * Removes the answer to a question, leaving it unanswered.
     *
     * @param question the question's code
     * @return this builder
     */
    public Builder unanswer(String question) {
      thaw();
      answers.remove(question);
      return this;
    }

    /** Makes the answers given whole the answers to change one by one. */
    private void thaw() {
      if (given != null) {
        answers = new LinkedHashMap<>(given);
        given = null;
      }
    }

    /**
     * Adds a moderation, applied after the indicative budget, after those already added.
     *
     * @param moderation the change, with its reason, who made it and when
     * @return this builder
     */
    public Builder moderation(Moderation moderation) {
      moderations.add(Objects.requireNonNull(moderation, "moderation"));
      return this;
    }

    /**
     * Removes every moderation, leaving the indicative budget unchanged.
     *
     * @return this builder
     */
    public Builder clearModerations() {
      moderations.clear();
      return this;
    }

    /**
     * Adds what a source of funding other than the council pays for the person (spec v1.1 §4),
     * after those already added.
     *
     * @param source the id of a source the table lists
     * @param amount what it pays in the table's period (and unit), greater than 0
     * @return this builder
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder otherFunding(String source, BigDecimal amount) {
      otherFunding.add(new OtherFunding(source, amount));
      return this;
    }

    /**
     * Removes every other-funding amount.
     *
     * @return this builder
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder clearOtherFunding() {
      otherFunding.clear();
      return this;
    }

    /**
     * Sets where the assessment is read from, so that problems are reported at their place.
     *
     * @param source the source, or null when built in code
     * @return this builder
     */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    /**
     * Checks the rules that need no table and builds the assessment.
     *
     * @return the assessment
     * @throws InvalidAssessmentException listing every broken rule
     */
    public Assessment build() {
      List<Problem> problems = new ArrayList<>();
      if (id == null || id.isBlank()) {
        problems.add(Problem.at(ASSESSMENT_REQUIRED, "/id", "the assessment has no id"));
      }
      if (date == null) {
        problems.add(Problem.at(ASSESSMENT_REQUIRED, "/date", "the assessment has no date"));
      }
      for (int i = 0; i < moderations.size(); i++) {
        Moderation m = moderations.get(i);
        String at = "/moderations/" + i;
        if (m.reason() == null || m.reason().isBlank()) {
          problems.add(
              Problem.at(
                  ASSESSMENT_MODERATION_REASON,
                  at + "/reason",
                  "moderation " + (i + 1) + " has no reason"));
        }
        if (m.changes() != 1) {
          problems.add(Problem.at(ASSESSMENT_MODERATION_CHANGE, at, changeProblem(i, m)));
        }
        if (m.set().isPresent() && m.set().get().signum() < 0) {
          problems.add(
              Problem.at(
                  ASSESSMENT_MODERATION_SET,
                  at + "/set",
                  "moderation "
                      + (i + 1)
                      + " sets the budget at "
                      + m.set().get().toPlainString()
                      + ", below 0"));
        }
        if (m.by() == null || m.by().isBlank()) {
          problems.add(
              Problem.at(
                  ASSESSMENT_REQUIRED,
                  at + "/by",
                  "moderation " + (i + 1) + " does not say who made it ('by')"));
        }
        if (m.date() == null) {
          problems.add(
              Problem.at(
                  ASSESSMENT_REQUIRED, at + "/date", "moderation " + (i + 1) + " has no date"));
        }
      }
      for (int i = 0; i < otherFunding.size(); i++) {
        OtherFunding f = otherFunding.get(i);
        String at = "/otherFunding/" + i;
        if (f.source() == null || f.source().isBlank()) {
          problems.add(
              Problem.at(
                  ASSESSMENT_REQUIRED,
                  at + "/source",
                  "other funding " + (i + 1) + " does not name its source"));
        }
        if (f.amount() == null) {
          problems.add(
              Problem.at(
                  ASSESSMENT_REQUIRED,
                  at + "/amount",
                  "other funding " + (i + 1) + " has no amount"));
        } else if (f.amount().signum() <= 0) {
          problems.add(
              Problem.at(
                  ASSESSMENT_OTHER_FUNDING_AMOUNT,
                  at + "/amount",
                  "other funding from "
                      + f.source()
                      + " is "
                      + f.amount().toPlainString()
                      + ", not greater than 0"));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidAssessmentException(source, problems);
      }
      return new Assessment(this);
    }

    /** The sentence for a moderation with other than one of amount, percent and set. */
    private static String changeProblem(int i, Moderation m) {
      List<String> given = new ArrayList<>();
      if (m.amount().isPresent()) {
        given.add("'amount'");
      }
      if (m.percent().isPresent()) {
        given.add("'percent'");
      }
      if (m.set().isPresent()) {
        given.add("'set'");
      }
      String what =
          given.isEmpty()
              ? "neither 'amount', 'percent' nor 'set'"
              : given.size() == 2
                  ? "both " + given.get(0) + " and " + given.get(1)
                  : "all of 'amount', 'percent' and 'set'";
      return "moderation " + (i + 1) + " has " + what + " (it needs exactly one)";
    }
  }
}
