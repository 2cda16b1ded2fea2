package org.openras.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openras.engine.RasEngine;
import org.openras.explain.Comparison;
import org.openras.explain.ComparisonReport;
import org.openras.tables.ComparisonJson;
import org.openras.tables.RasJson;
import org.openras.tables.TableProviders;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras compare}: two calculations step by step, with the money each change accounts for. */
@Command(
    name = CompareCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Compares two calculations step by step, with what each change is worth.",
      "A review against the previous assessment:",
      "  --table FILE... --before A.json --after B.json",
      "or one assessment under two tables:",
      "  --before-table T1.json --after-table T2.json --assessment A.json",
      "Shows which answers, domain figures, bands, factors and moderations",
      "changed. The changes are applied one at a time (table, client group,",
      "locality, answers in questionnaire order, moderations); each part is",
      "the budget after its step minus the budget before, so the parts add",
      "up exactly to the difference."
    })
final class CompareCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "compare";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  static final class Mode {
    @ArgGroup(exclusive = false, heading = "A review against the previous assessment:%n")
    Review review;

    @ArgGroup(exclusive = false, heading = "One assessment under two tables:%n")
    Versions versions;
  }

  static final class Review {
    @Option(
        names = "--table",
        required = true,
        paramLabel = "FILE",
        description = "A ras-table/1 file; repeat for several tables or versions.")
    List<Path> tables;

    @Option(
        names = "--before",
        required = true,
        paramLabel = "FILE",
        description = "The earlier ras-assessment/1 file.")
    Path before;

    @Option(
        names = "--after",
        required = true,
        paramLabel = "FILE",
        description = "The later ras-assessment/1 file.")
    Path after;
  }

  static final class Versions {
    @Option(
        names = "--before-table",
        required = true,
        paramLabel = "FILE",
        description = "The earlier ras-table/1 file.")
    Path beforeTable;

    @Option(
        names = "--after-table",
        required = true,
        paramLabel = "FILE",
        description = "The later ras-table/1 file.")
    Path afterTable;

    @Option(
        names = "--assessment",
        required = true,
        paramLabel = "FILE",
        description = "A ras-assessment/1 file.")
    Path assessment;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "The format: text (the default), md, html or json.")
  WhatIfCommand.Format format;

  @CommandLine.Mixin OutputOption output;

  @Override
  public Integer call() {
    if (mode.review != null) {
      Output.guard(
          Output.inputs(mode.review.tables, mode.review.before, mode.review.after), output.output);
    } else {
      Output.guard(
          Output.inputs(
              mode.versions.beforeTable, mode.versions.afterTable, mode.versions.assessment),
          output.output);
    }
    RasJson json = RasJson.standard();
    Comparison c;
    if (mode.review != null) {
      RasEngine engine = RasEngine.using(TableProviders.files(mode.review.tables));
      c =
          Comparison.of(
              engine,
              json.readAssessment(mode.review.before),
              json.readAssessment(mode.review.after));
    } else {
      c =
          Comparison.of(
              json.readTable(mode.versions.beforeTable),
              json.readTable(mode.versions.afterTable),
              json.readAssessment(mode.versions.assessment));
    }
    return Output.write(
        spec,
        output.output,
        format.render(
            () -> ComparisonReport.text(c),
            () -> ComparisonReport.markdown(c),
            () -> ComparisonReport.html(c),
            () -> ComparisonJson.write(c)));
  }
}
