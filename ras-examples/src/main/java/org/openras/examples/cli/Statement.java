package org.openras.examples.cli;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import org.openras.engine.Budget;
import org.openras.engine.Flag;
import org.openras.engine.Result;
import org.openras.table.RasTable;

/**
 * The plain-text explanation {@code ras calculate --explain} prints: the trace, one numbered
 * line a step, then the budgets. (A fuller statement for the person is later work.)
 */
final class Statement {
  private Statement() {}

  static String of(RasTable table, Result r) {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder();
    s.append("Assessment ").append(r.assessmentId()).append(", computed with ")
        .append(table.name()).append(" (table ").append(table.id()).append(", version ")
        .append(table.version()).append(", fingerprint ").append(table.fingerprint())
        .append(')').append(nl).append(nl);
    s.append("How the budget was worked out:").append(nl);
    for (String line : r.trace().lines()) {
      s.append("  ").append(line).append(nl);
    }
    s.append(nl);
    s.append("Indicative budget: ").append(both(r.indicativeBudget())).append(nl);
    r.finalBudget()
        .ifPresent(f -> s.append("Final budget after moderation: ").append(both(f)).append(nl));
    if (r.has(Flag.FLOOR_APPLIED)) {
      s.append("Note: the table's floor raised the budget (FLOOR_APPLIED).").append(nl);
    }
    if (r.has(Flag.CEILING_APPLIED)) {
      s.append("Note: the table's ceiling lowered the budget (CEILING_APPLIED).").append(nl);
    }
    if (r.has(Flag.PANEL_APPROVAL_REQUIRED)) {
      s.append("Note: the moderated budget needs panel approval (PANEL_APPROVAL_REQUIRED).")
          .append(nl);
    }
    s.append("The indicative budget is a starting point for support planning, not a final"
        + " decision.").append(nl);
    return s.toString();
  }

  private static String both(Budget b) {
    return money(b.currency(), b.weekly()) + " a week (" + money(b.currency(), b.annual())
        + " a year)";
  }

  static String money(String currency, BigDecimal amount) {
    String symbol;
    try {
      symbol = Currency.getInstance(currency).getSymbol(Locale.UK);
    } catch (IllegalArgumentException e) {
      symbol = currency + " ";
    }
    DecimalFormat f = new DecimalFormat("#,##0.00##########", DecimalFormatSymbols.getInstance(Locale.UK));
    f.setParseBigDecimal(true);
    return symbol + f.format(amount);
  }
}
