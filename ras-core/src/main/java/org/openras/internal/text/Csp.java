package org.openras.internal.text;

import org.apiguardian.api.API;

/**
 * The pages' Content-Security-Policy; public API for it is {@link
 * org.openras.explain.ContentSecurityPolicy}.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Csp {
  private Csp() {}

  /** The policy. */
  public static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'";

  /** The {@code <meta>} element that sets {@link #POLICY}, with its line end. */
  public static final String META =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\"/>\n";
}
