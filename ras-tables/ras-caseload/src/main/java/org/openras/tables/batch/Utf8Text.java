package org.openras.tables.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * A caseload's text, decoded from UTF-8 in a way that one bad byte does not stop the run: each
 * malformed sequence is read as U+FFFD and remembered with its place (the offset of the character
 * that replaced it, the line, and the byte offset in the file), so that the reader can put the row
 * that holds it in the error file. A leading byte order mark is skipped.
 */
final class Utf8Text extends Reader {
  /**
   * Where a malformed sequence was: its replacement's character offset, its line and byte offset.
   */
  record Malformed(long charOffset, long line, long byteOffset, int firstByte) {
    /** {@return the place, in words} */
    String describe() {
      return String.format(
          "line %d: the text is not UTF-8 at byte offset %d (byte 0x%02x)",
          line, byteOffset, firstByte);
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private final ArrayDeque<Malformed> malformed = new ArrayDeque<>();

  /** Bytes of the file before {@code bytes}' start. */
  private long bytesBefore;

  /** Characters handed out so far (after the byte order mark). */
  private long charsOut;

  private long line = 1;
  private boolean eof;
  private boolean started;

  Utf8Text(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  /**
   * Removes and returns the malformed places before character offset {@code end} (at or after
   * {@code start}; earlier ones are dropped).
   */
  Malformed firstBetween(long start, long end) {
    Malformed found = null;
    while (!malformed.isEmpty() && malformed.peekFirst().charOffset() < end) {
      Malformed m = malformed.pollFirst();
      if (found == null && m.charOffset() >= start) {
        found = m;
      }
    }
    return found;
  }

  /** {@return the bytes of the file decoded so far} */
  long bytesRead() {
    return bytesBefore + bytes.position();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    charsOut += n;
    return n;
  }

  /** Decodes more characters into {@code chars}; false at the end of the text. */
  private boolean fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!eof && bytes.remaining() < 4) {
          readMore();
        }
        if (eof && !bytes.hasRemaining()) {
          return false;
        }
        int from = chars.position();
        CoderResult r = decoder.decode(bytes, chars, eof);
        countLines(from);
        if (r.isError() && chars.hasRemaining()) {
          long offset = bytesBefore + bytes.position();
          int first = bytes.get(bytes.position()) & 0xff;
          bytes.position(bytes.position() + r.length());
          malformed.addLast(new Malformed(charsOut + chars.position(), line, offset, first));
          chars.put('\uFFFD');
        }
      }
      return true;
    } finally {
      chars.flip();
    }
  }

  private void countLines(int from) {
    for (int i = from; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        line++;
      }
    }
  }

  /** Reads more bytes after those left, noting the end of the file. */
  private void readMore() throws IOException {
    bytesBefore += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    if (!started && (bytes.remaining() >= 3 || eof)) {
      started = true;
      if (bytes.remaining() >= 3
          && (bytes.get(0) & 0xff) == 0xEF
          && (bytes.get(1) & 0xff) == 0xBB
          && (bytes.get(2) & 0xff) == 0xBF) {
        bytes.position(3);
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
