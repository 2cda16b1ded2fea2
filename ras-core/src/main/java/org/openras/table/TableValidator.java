package org.openras.table;

import static org.openras.ErrorCode.TABLE_ADJUSTMENT_SELECT;
import static org.openras.ErrorCode.TABLE_BAND_ORDER;
import static org.openras.ErrorCode.TABLE_CURRENCY;
import static org.openras.ErrorCode.TABLE_CURVE_FLOOR_CEILING;
import static org.openras.ErrorCode.TABLE_DATES;
import static org.openras.ErrorCode.TABLE_DUPLICATE_CODE;
import static org.openras.ErrorCode.TABLE_EMPTY;
import static org.openras.ErrorCode.TABLE_FLOOR_CEILING;
import static org.openras.ErrorCode.TABLE_FOREIGN_DESCRIPTOR;
import static org.openras.ErrorCode.TABLE_ID;
import static org.openras.ErrorCode.TABLE_NOT_NEGATIVE;
import static org.openras.ErrorCode.TABLE_PERCENT_RANGE;
import static org.openras.ErrorCode.TABLE_POSITIVE;
import static org.openras.ErrorCode.TABLE_REQUIRED;
import static org.openras.ErrorCode.TABLE_ROUNDING_MODE;
import static org.openras.ErrorCode.TABLE_SOURCE_ID;
import static org.openras.ErrorCode.TABLE_UNKNOWN_DOMAIN;
import static org.openras.ErrorCode.TABLE_UNKNOWN_QUESTION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openras.ErrorCode;
import org.openras.Problem;

/**
 * Checks every rule of spec §2 over a table's parts and collects every problem, each at the JSON
 * pointer the part has in the table's JSON form. The one validation path: the builder and the JSON
 * reader both end here.
 */
final class TableValidator {
  private final String id;
  private final String name;
  private final String version;
  private final LocalDate effectiveFrom;
  private final LocalDate effectiveTo;
  private final String currency;
  private final BigDecimal weeksPerYear;
  private final List<Domain> domains;
  private final List<Adjustment> adjustments;
  private final Allocation allocation;
  private final BigDecimal tolerancePercent;
  private final List<FundingSource> otherFunding;
  private final Review review;
  private final List<Problem> problems = new ArrayList<>();

  /** Questions by code, for the rules that name questions. */
  private final Map<String, Question> questions = new HashMap<>();

  TableValidator(
      String id,
      String name,
      String version,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String currency,
      BigDecimal weeksPerYear,
      List<Domain> domains,
      List<Adjustment> adjustments,
      Allocation allocation,
      BigDecimal tolerancePercent,
      List<FundingSource> otherFunding,
      Review review) {
    this.id = id;
    this.name = name;
    this.version = version;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.currency = currency;
    this.weeksPerYear = weeksPerYear;
    this.domains = domains;
    this.adjustments = adjustments;
    this.allocation = allocation;
    this.tolerancePercent = tolerancePercent;
    this.otherFunding = otherFunding;
    this.review = review;
  }

  List<Problem> validate() {
    header();
    Set<String> domainCodes = domainsAndQuestions();
    adjustments(domainCodes);
    allocation();
    if (tolerancePercent != null) {
      notNegative("/moderation/tolerancePercent", "tolerancePercent", tolerancePercent);
    }
    otherFunding();
    review();
    return problems;
  }

  /**
   * 1 to 64 of {@code A-Z a-z 0-9 . _ -} (checked by hand: a first table load would pay a regex's
   * set-up).
   */
  static boolean isTableId(String id) {
    if (id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private void header() {
    if (present("/id", "id", id) && !isTableId(id)) {
      add(TABLE_ID, "/id", "table id '" + id + "' is not 1 to 64 of A-Z a-z 0-9 . _ -");
    }
    present("/name", "name", name);
    present("/version", "version", version);
    if (effectiveFrom == null) {
      add(TABLE_REQUIRED, "/effectiveFrom", "effectiveFrom is required");
    } else if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
      add(
          TABLE_DATES,
          "/effectiveTo",
          "effectiveTo " + effectiveTo + " is not after effectiveFrom " + effectiveFrom);
    }
    if (present("/currency", "currency", currency)) {
      boolean known;
      try {
        known = currency.length() == 3 && Currency.getInstance(currency) != null;
      } catch (IllegalArgumentException e) {
        known = false;
      }
      if (!known) {
        add(TABLE_CURRENCY, "/currency", "currency '" + currency + "' is not an ISO 4217 code");
      }
    }
    positive("/weeksPerYear", "weeksPerYear", weeksPerYear);
  }

  private Set<String> domainsAndQuestions() {
    Set<String> domainCodes = new HashSet<>();
    Map<String, String> questionPlaces = new HashMap<>();
    Map<String, String> descriptorPlaces = new HashMap<>();
    if (domains.isEmpty()) {
      add(TABLE_EMPTY, "/domains", "the table has no domains");
    }
    for (int i = 0; i < domains.size(); i++) {
      Domain d = domains.get(i);
      String at = "/domains/" + i;
      if (present(at + "/code", "domain code", d.code()) && !domainCodes.add(d.code())) {
        add(TABLE_DUPLICATE_CODE, at + "/code", "domain code '" + d.code() + "' is used twice");
      }
      present(at + "/name", "domain name", d.name());
      notNegative(at + "/weight", "weight of domain " + d.code(), d.weight());
      if (d.maxPoints().isPresent()) {
        notNegative(at + "/maxPoints", "maxPoints of " + d.code(), d.maxPoints().get());
      }
      if (d.questions().isEmpty()) {
        add(TABLE_EMPTY, at + "/questions", "domain " + d.code() + " has no questions");
      }
      for (int j = 0; j < d.questions().size(); j++) {
        Question q = d.questions().get(j);
        String qat = at + "/questions/" + j;
        if (present(qat + "/code", "question code", q.code())) {
          String earlier = questionPlaces.putIfAbsent(q.code(), qat);
          if (earlier != null) {
            add(
                TABLE_DUPLICATE_CODE,
                qat + "/code",
                "question code '" + q.code() + "' is also used at " + earlier);
          } else {
            questions.put(q.code(), q);
          }
        }
        present(qat + "/text", "question text", q.text());
        if (q.maxPoints().isPresent()) {
          notNegative(qat + "/maxPoints", "maxPoints of " + q.code(), q.maxPoints().get());
        }
        if (q.descriptors().isEmpty()) {
          add(TABLE_EMPTY, qat + "/descriptors", "question " + q.code() + " has no descriptors");
        }
        for (int k = 0; k < q.descriptors().size(); k++) {
          Descriptor x = q.descriptors().get(k);
          String xat = qat + "/descriptors/" + k;
          if (present(xat + "/code", "descriptor code", x.code())) {
            String earlier = descriptorPlaces.putIfAbsent(x.code(), xat);
            if (earlier != null) {
              add(
                  TABLE_DUPLICATE_CODE,
                  xat + "/code",
                  "descriptor code '"
                      + x.code()
                      + "' is also used at "
                      + earlier
                      + " (descriptor codes are unique in the whole table)");
            }
          }
          present(xat + "/text", "descriptor text", x.text());
          if (x.points() == null) {
            add(TABLE_REQUIRED, xat + "/points", "descriptor " + x.code() + " has no points");
          } else {
            notNegative(xat + "/points", "points of descriptor " + x.code(), x.points());
          }
        }
      }
    }
    return domainCodes;
  }

  private void adjustments(Set<String> domainCodes) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < adjustments.size(); i++) {
      Adjustment a = adjustments.get(i);
      String at = "/adjustments/" + i;
      if (present(at + "/id", "adjustment id", a.id()) && !ids.add(a.id())) {
        add(TABLE_DUPLICATE_CODE, at + "/id", "adjustment id '" + a.id() + "' is used twice");
      }
      Question q = ruleQuestion(at, "adjustment " + a.id(), a.question());
      if (q != null && q.select() != Select.ONE) {
        add(
            TABLE_ADJUSTMENT_SELECT,
            at + "/question",
            "adjustment " + a.id() + " names question " + q.code() + ", which is an ANY question");
      }
      for (Map.Entry<String, BigDecimal> e : a.percentByDescriptor().entrySet()) {
        String pat = at + "/percentByDescriptor/" + escape(e.getKey());
        ownDescriptor(pat, "adjustment " + a.id(), q, e.getKey());
        if (e.getValue() == null) {
          add(TABLE_REQUIRED, pat, "percent for " + e.getKey() + " is missing");
        } else if (e.getValue().compareTo(BigDecimal.valueOf(-100)) < 0) {
          add(
              TABLE_PERCENT_RANGE,
              pat,
              "adjustment "
                  + a.id()
                  + " gives "
                  + plain(e.getValue())
                  + "% for "
                  + e.getKey()
                  + ", below -100%");
        }
      }
      for (int j = 0; j < a.domains().size(); j++) {
        String code = a.domains().get(j);
        if (!domainCodes.contains(code)) {
          add(
              TABLE_UNKNOWN_DOMAIN,
              at + "/domains/" + j,
              "adjustment "
                  + a.id()
                  + " lists domain '"
                  + code
                  + "', which the table does not have");
        }
      }
    }
  }

  private void allocation() {
    Allocation al = allocation;
    if (al.curves().isEmpty()) {
      add(TABLE_EMPTY, "/allocation/curves", "the allocation has no curves");
    }
    Set<String> groups = new HashSet<>();
    for (int i = 0; i < al.curves().size(); i++) {
      Curve c = al.curves().get(i);
      String at = "/allocation/curves/" + i;
      if (present(at + "/clientGroup", "clientGroup", c.clientGroup())
          && !groups.add(c.clientGroup())) {
        add(
            TABLE_DUPLICATE_CODE,
            at + "/clientGroup",
            "client group '" + c.clientGroup() + "' has two curves");
      }
      if (c.bands().isEmpty()) {
        add(TABLE_EMPTY, at + "/bands", "the curve for " + c.clientGroup() + " has no bands");
      }
      Set<String> labels = new HashSet<>();
      BigDecimal previous = null;
      for (int j = 0; j < c.bands().size(); j++) {
        Band b = c.bands().get(j);
        String bat = at + "/bands/" + j;
        if (present(bat + "/label", "band label", b.label()) && !labels.add(b.label())) {
          add(
              TABLE_DUPLICATE_CODE,
              bat + "/label",
              "band label '" + b.label() + "' is used twice in the curve for " + c.clientGroup());
        }
        if (b.from() == null) {
          add(TABLE_REQUIRED, bat + "/from", "band " + b.label() + " has no 'from'");
        } else {
          if (j == 0 && b.from().signum() != 0) {
            add(
                TABLE_BAND_ORDER,
                bat + "/from",
                "the first band (" + b.label() + ") starts at " + plain(b.from()) + ", not 0");
          }
          if (previous != null && b.from().compareTo(previous) <= 0) {
            add(
                TABLE_BAND_ORDER,
                bat + "/from",
                "band "
                    + b.label()
                    + " starts at "
                    + plain(b.from())
                    + ", not after the band before it ("
                    + plain(previous)
                    + ")");
          }
          previous = b.from();
        }
        if (b.amount() == null) {
          add(TABLE_REQUIRED, bat + "/amount", "band " + b.label() + " has no amount");
        } else {
          notNegative(bat + "/amount", "amount of band " + b.label(), b.amount());
        }
        notNegative(bat + "/perPoint", "perPoint of band " + b.label(), b.perPoint());
      }
      curveLimits(c, at);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < al.supplements().size(); i++) {
      Supplement s = al.supplements().get(i);
      String at = "/allocation/supplements/" + i;
      if (present(at + "/id", "supplement id", s.id()) && !ids.add(s.id())) {
        add(TABLE_DUPLICATE_CODE, at + "/id", "supplement id '" + s.id() + "' is used twice");
      }
      Question q = ruleQuestion(at, "supplement " + s.id(), s.question());
      for (Map.Entry<String, BigDecimal> e : s.amountByDescriptor().entrySet()) {
        String pat = at + "/amountByDescriptor/" + escape(e.getKey());
        ownDescriptor(pat, "supplement " + s.id(), q, e.getKey());
        if (e.getValue() == null) {
          add(TABLE_REQUIRED, pat, "amount for " + e.getKey() + " is missing");
        } else {
          notNegative(pat, "supplement " + s.id() + " amount for " + e.getKey(), e.getValue());
        }
      }
    }
    Set<String> localities = new HashSet<>();
    for (int i = 0; i < al.costFactors().size(); i++) {
      CostFactor f = al.costFactors().get(i);
      String at = "/allocation/costFactors/" + i;
      if (present(at + "/locality", "locality", f.locality()) && !localities.add(f.locality())) {
        add(
            TABLE_DUPLICATE_CODE,
            at + "/locality",
            "locality '" + f.locality() + "' has two cost factors");
      }
      positive(at + "/factor", "cost factor of " + f.locality(), f.factor());
    }
    if (al.floor().isPresent()) {
      notNegative("/allocation/floor", "floor", al.floor().get());
    }
    if (al.ceiling().isPresent()) {
      notNegative("/allocation/ceiling", "ceiling", al.ceiling().get());
    }
    if (al.floor().isPresent()
        && al.ceiling().isPresent()
        && al.floor().get().compareTo(al.ceiling().get()) > 0) {
      add(
          TABLE_FLOOR_CEILING,
          "/allocation/floor",
          "floor " + plain(al.floor().get()) + " is above ceiling " + plain(al.ceiling().get()));
    }
    if (al.unit().isPresent()) {
      Unit u = al.unit().get();
      present("/allocation/unit/singular", "the unit's singular name", u.singular());
      present("/allocation/unit/plural", "the unit's plural name", u.plural());
      if (u.price().isPresent()) {
        positive("/allocation/unit/price", "the unit's price", u.price().get());
      }
    }
    positive("/allocation/rounding/increment", "rounding increment", al.rounding().increment());
    if (!Rounding.ALLOWED_MODES.contains(al.rounding().mode())) {
      add(
          TABLE_ROUNDING_MODE,
          "/allocation/rounding/mode",
          "rounding mode " + al.rounding().mode() + " is not allowed");
    }
  }

  /**
   * Spec v1.1 §3: a curve's own floor and ceiling are at least 0, and the floor in force on the
   * curve (its own, else the allocation's) is not above the ceiling in force (its own, else the
   * allocation's). When neither is the curve's own, the allocation's rule has said it already.
   */
  private void curveLimits(Curve c, String at) {
    if (c.floor().isPresent()) {
      notNegative(at + "/floor", "floor of the curve for " + c.clientGroup(), c.floor().get());
    }
    if (c.ceiling().isPresent()) {
      notNegative(
          at + "/ceiling", "ceiling of the curve for " + c.clientGroup(), c.ceiling().get());
    }
    if (!c.hasOwnLimits()) {
      return;
    }
    BigDecimal floor = allocation.floorFor(c).orElse(null);
    BigDecimal ceiling = allocation.ceilingFor(c).orElse(null);
    if (floor != null && ceiling != null && floor.compareTo(ceiling) > 0) {
      add(
          TABLE_CURVE_FLOOR_CEILING,
          at + (c.floor().isPresent() ? "/floor" : "/ceiling"),
          "the curve for "
              + c.clientGroup()
              + " has a floor of "
              + plain(floor)
              + (c.floor().isPresent() ? " (its own)" : " (the allocation's)")
              + " above its ceiling of "
              + plain(ceiling)
              + (c.ceiling().isPresent() ? " (its own)" : " (the allocation's)"));
    }
  }

  /** Spec v1.1 §4: each source has an id of the table-id form, unique, and a name. */
  private void otherFunding() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < otherFunding.size(); i++) {
      FundingSource s = otherFunding.get(i);
      String at = "/otherFunding/" + i;
      if (present(at + "/id", "other funding source id", s.id())) {
        if (!isTableId(s.id())) {
          add(
              TABLE_SOURCE_ID,
              at + "/id",
              "other funding source id '" + s.id() + "' is not 1 to 64 of A-Z a-z 0-9 . _ -");
        } else if (!ids.add(s.id())) {
          add(
              TABLE_DUPLICATE_CODE,
              at + "/id",
              "other funding source id '" + s.id() + "' is used twice");
        }
      }
      present(at + "/name", "name of other funding source " + s.id(), s.name());
    }
  }

  /** Spec v1.1 §6: a review route has a text and a contact. */
  private void review() {
    if (review != null) {
      present("/review/text", "the review text", review.text());
      present("/review/contact", "the review contact", review.contact());
    }
  }

  private Question ruleQuestion(String at, String rule, String code) {
    if (!present(at + "/question", "question of " + rule, code)) {
      return null;
    }
    Question q = questions.get(code);
    if (q == null) {
      add(
          TABLE_UNKNOWN_QUESTION,
          at + "/question",
          rule + " names question '" + code + "', which the table does not have");
    }
    return q;
  }

  private void ownDescriptor(String at, String rule, Question q, String code) {
    if (q == null) {
      return;
    }
    boolean own = false;
    for (Descriptor x : q.descriptors()) {
      own |= code.equals(x.code());
    }
    if (!own) {
      add(
          TABLE_FOREIGN_DESCRIPTOR,
          at,
          rule + " lists '" + code + "', which is not a descriptor of question " + q.code());
    }
  }

  private boolean present(String at, String what, String value) {
    if (value == null || value.isBlank()) {
      add(TABLE_REQUIRED, at, what + " is " + (value == null ? "missing" : "blank"));
      return false;
    }
    return true;
  }

  private void notNegative(String at, String what, BigDecimal value) {
    if (value == null) {
      add(TABLE_REQUIRED, at, what + " is missing");
    } else if (value.signum() < 0) {
      add(TABLE_NOT_NEGATIVE, at, what + " is " + plain(value) + ", below 0");
    }
  }

  private void positive(String at, String what, BigDecimal value) {
    if (value == null) {
      add(TABLE_REQUIRED, at, what + " is missing");
    } else if (value.signum() <= 0) {
      add(TABLE_POSITIVE, at, what + " is " + plain(value) + ", not greater than 0");
    }
  }

  private void add(ErrorCode code, String at, String message) {
    problems.add(Problem.at(code, at, message));
  }

  static String plain(BigDecimal v) {
    return Decimals.canonical(v).toPlainString();
  }

  /** Escapes a key for a JSON pointer (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
