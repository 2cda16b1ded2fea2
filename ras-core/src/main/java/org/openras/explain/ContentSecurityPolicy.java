package org.openras.explain;

import org.apiguardian.api.API;
import org.openras.internal.text.Csp;

/**
 * The Content-Security-Policy every HTML page of OpenRAS carries, as a {@code <meta http-equiv>}:
 * nothing may be loaded or run — no script, no frame, no form target, no remote image, font or
 * style — except the page's own inline style and {@code data:} images. The pages are self-contained
 * (inline CSS and SVG), so this costs nothing, and text that slipped through escaping still could
 * not run.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContentSecurityPolicy {
  private ContentSecurityPolicy() {}

  /** The policy. */
  public static final String POLICY = Csp.POLICY;

  /** The {@code <meta>} element that sets {@link #POLICY}, with its line end. */
  public static final String META = Csp.META;
}
