package org.openras.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A page printed to PDF, read back with Apache PDFBox: its pages' sizes and text.
 *
 * @param pageSizes each page's width and height in millimetres, rounded
 * @param pageTexts each page's text
 */
public record PrintedPdf(List<int[]> pageSizes, List<String> pageTexts) {

  /** A4 portrait in millimetres. */
  public static final int[] A4 = {210, 297};

  /**
   * Reads a PDF.
   *
   * @param bytes the PDF
   * @return its pages
   */
  public static PrintedPdf read(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      List<int[]> sizes = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i);
        PDRectangle box = page.getMediaBox();
        sizes.add(new int[] {mm(box.getWidth()), mm(box.getHeight())});
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        texts.add(stripper.getText(doc));
      }
      return new PrintedPdf(List.copyOf(sizes), List.copyOf(texts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int mm(float points) {
    return Math.round(points * 25.4f / 72f);
  }

  /** {@return the number of pages} */
  public int pages() {
    return pageTexts.size();
  }

  /** {@return whether every page is A4 portrait, to the millimetre} */
  public boolean allA4() {
    return pageSizes.stream().allMatch(s -> s[0] == A4[0] && s[1] == A4[1]);
  }
}
