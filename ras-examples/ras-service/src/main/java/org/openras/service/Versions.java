package org.openras.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The OpenRAS version named on every reply, and checks of names taken from paths. */
final class Versions {
  /** This build's version, such as {@code 0.1.0}. */
  static final String OPENRAS = load();

  private Versions() {}

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty("openras.version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }

  /** {@return whether a path segment is a table id or version: 1 to 64 of A-Z a-z 0-9 . _ -} */
  static boolean isTableId(String s) {
    if (s.isEmpty() || s.length() > 64 || s.equals(".") || s.equals("..")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
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

  /** {@return text from a request, shortened and with control characters shown, for messages} */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < 100; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (s.length() > 100) {
      b.append('…');
    }
    return b.toString();
  }
}
