/**
 * Renderers of the explanation objects: {@link org.openras.explain.render.Renderer} writes a
 * statement for the person or a published table as plain text, Markdown or a self-contained HTML
 * page with inline SVG charts. Pure string building with escaping, no template engine and no I/O.
 * Everything but {@code Renderer} is implementation.
 */
package org.openras.explain.render;
