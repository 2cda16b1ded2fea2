package org.openras.check;

/** The exact analysis went beyond one of its bounds; the message says which. */
final class TooLarge extends Exception {
  private static final long serialVersionUID = 1L;

  TooLarge(String message) {
    super(message, null, false, false);
  }
}
