package org.openras.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.explain.PublishedTable;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ras publish}: a RAS table as a document anyone can read — every question and answer with
 * its points, the rules in words, each curve as a table and a chart — in Markdown or as a
 * self-contained HTML page. A thin shell over {@link PublishedTable#of} and {@link Renderer}.
 */
@Command(
    name = PublishCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Writes a RAS table as a readable document: every domain, question and answer with its",
      "code, words and points (the highest of each question marked), adjustments and",
      "supplements in words, each curve as a table and a chart, cost factors, floor, ceiling,",
      "rounding, dates, version, fingerprint and every reference the table cites."
    })
final class PublishCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "publish";

  /** The formats of the published table. */
  enum Format {
    md,
    html
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--table",
      required = true,
      paramLabel = "FILE",
      description = "The ras-table/1 file to publish.")
  Path table;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "md",
      description = "The format: md or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Mixin OutputOption output;

  @Override
  public Integer call() {
    Output.guard(Output.inputs(table), output.output);
    RasTable t = RasJson.standard().readTable(table);
    PublishedTable published = PublishedTable.of(t);
    String text =
        switch (format) {
          case md -> Renderer.markdown(published);
          case html -> Renderer.html(published);
        };
    return Output.write(spec, output.output, text);
  }
}
