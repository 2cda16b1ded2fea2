package org.openras.examples.cli;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A size in bytes as a user writes it on the command line: a whole number with an optional binary
 * unit, {@code k} (1024), {@code m} (1024²) or {@code g} (1024³), optionally followed by {@code b}
 * and in either case ({@code 64m}, {@code 1g}, {@code 512KB}, {@code 1048576}).
 */
final class ByteSize implements CommandLine.ITypeConverter<Long> {
  private static final Pattern SIZE =
      Pattern.compile("(\\d+)\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

  @Override
  public Long convert(String value) {
    return parse(value);
  }

  /**
   * {@return the bytes {@code value} stands for}
   *
   * @param value a size such as {@code 64m}
   * @throws CommandLine.TypeConversionException when it is not a size, or is past 2^63 - 1 bytes
   */
  static long parse(String value) {
    Matcher m = SIZE.matcher(value.strip());
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException(
          "'"
              + value
              + "' is not a size; write a whole number of bytes, or of k, m or g"
              + " (1024, 1024² or 1024³ bytes), e.g. 64m or 1g");
    }
    int shift =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          default -> 0;
        };
    BigInteger bytes = new BigInteger(m.group(1)).shiftLeft(shift);
    if (bytes.bitLength() > 63) {
      throw new CommandLine.TypeConversionException("'" + value + "' is too large a size");
    }
    return bytes.longValueExact();
  }
}
