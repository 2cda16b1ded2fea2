package org.openras.examples.cli;

import java.nio.file.Path;
import java.util.List;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.tables.RasJson;
import org.openras.tables.TableProviders;
import picocli.CommandLine.Option;

/**
 * The inputs of the commands that work on one assessment: {@code --table FILE…} (several tables or
 * versions; the one in force on the assessment's date is used) and {@code --assessment FILE}. A
 * picocli mixin.
 */
final class AssessmentInputs {

  @Option(
      names = "--table",
      required = true,
      paramLabel = "FILE",
      description = "A ras-table/1 file; repeat for several tables or versions.")
  List<Path> tables;

  @Option(
      names = "--assessment",
      required = true,
      paramLabel = "FILE",
      description = "A ras-assessment/1 file.")
  Path assessment;

  /** An engine over the tables. */
  RasEngine engine() {
    return RasEngine.using(TableProviders.files(tables));
  }

  /** The assessment, read strictly. */
  Assessment assessment() {
    return RasJson.standard().readAssessment(assessment);
  }
}
