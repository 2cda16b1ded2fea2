package org.openras.tables.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apiguardian.api.API;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.tables.OutputFiles;
import org.openras.tables.RasJson;

/**
 * Writes a caseload of assessments, in the form {@link BatchRun} reads: CSV with one column per
 * question of the table, or JSON Lines of {@code ras-assessment/1} documents. Like a batch's
 * output, the file is written beside its target and moved into place when complete.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseloadWriter {
  private CaseloadWriter() {}

  /**
   * Writes {@code assessments} (answering questions of {@code table}) to {@code file}.
   *
   * @return the number of assessments written
   * @throws IllegalArgumentException when an assessment has moderations and the format is CSV,
   *     which has no columns for them
   * @throws UncheckedIOException when the file cannot be written
   * @param table the table whose questions the assessments answer, which gives the CSV its columns
   * @param assessments the assessments, read once
   * @param file the caseload file, replaced when complete
   * @param format CSV or JSON Lines
   */
  public static long write(
      RasTable table, Iterator<Assessment> assessments, Path file, CaseloadFormat format) {
    Path tmp = null;
    try {
      tmp = AtomicFiles.temporaryFor(file);
      long n;
      if (format == CaseloadFormat.CSV) {
        try (Writer w = OutputFiles.newWriter(tmp)) {
          n = csv(table, assessments, w);
        }
      } else {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          n = jsonLines(assessments, out);
        }
      }
      AtomicFiles.moveIntoPlace(tmp, file);
      tmp = null;
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      AtomicFiles.deleteQuietly(tmp);
    }
  }

  private static long csv(RasTable table, Iterator<Assessment> assessments, Writer w)
      throws IOException {
    List<String> header =
        new ArrayList<>(List.of("id", "date", "table", "clientGroup", "locality"));
    List<Question> questions = table.questions();
    for (Question q : questions) {
      header.add(q.code());
    }
    long n = 0;
    try (SequenceWriter out = new CsvMapper().writer().writeValues(w)) {
      out.write(header.toArray(new String[0]));
      while (assessments.hasNext()) {
        Assessment a = assessments.next();
        if (!a.moderations().isEmpty()) {
          throw new IllegalArgumentException(
              "assessment "
                  + a.id()
                  + " has moderations, which a CSV caseload cannot hold:"
                  + " use JSON Lines");
        }
        String[] row = new String[header.size()];
        row[0] = a.id();
        row[1] = a.date().toString();
        row[2] = a.tableId().orElse("");
        row[3] = a.clientGroup().orElse("");
        row[4] = a.locality().orElse("");
        for (int i = 0; i < questions.size(); i++) {
          Answer answer = a.answers().get(questions.get(i).code());
          row[5 + i] =
              answer == null
                  ? ""
                  : answer.descriptors().isEmpty()
                      ? CaseloadFormat.NONE_OF_THESE
                      : answer.descriptors().stream()
                          .map(CaseloadFormat::escape)
                          .collect(java.util.stream.Collectors.joining("|"));
        }
        out.write(row);
        n++;
      }
    }
    return n;
  }

  private static long jsonLines(Iterator<Assessment> assessments, OutputStream out)
      throws IOException {
    RasJson json = RasJson.standard();
    long n = 0;
    while (assessments.hasNext()) {
      String line = json.writeAssessment(assessments.next()).replaceAll("\\s*\\R\\s*", "");
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      n++;
    }
    return n;
  }
}
