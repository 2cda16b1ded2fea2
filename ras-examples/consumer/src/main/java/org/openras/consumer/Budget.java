package org.openras.consumer;

import java.nio.file.Path;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/** Computes one assessment with one table, as an embedding application would. */
public final class Budget {
  private Budget() {}

  /**
   * Reads a table and an assessment and computes the result.
   *
   * @param table the {@code ras-table/1} file
   * @param assessment the {@code ras-assessment/1} file
   * @return the result, with its trace
   */
  public static Result of(Path table, Path assessment) {
    RasJson json = RasJson.standard();
    RasTable t = json.readTable(table);
    Assessment a = json.readAssessment(assessment);
    return RasEngine.of(t).calculate(a);
  }

  /**
   * Prints the weekly indicative budget of {@code args[1]} under the table {@code args[0]}.
   *
   * @param args the table and the assessment files
   */
  public static void main(String[] args) {
    System.out.println(of(Path.of(args[0]), Path.of(args[1])).indicativeBudget().weekly());
  }
}
