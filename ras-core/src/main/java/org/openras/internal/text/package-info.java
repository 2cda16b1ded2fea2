/**
 * Not exported: the one shortest-plain-form number formatter that every package of the core shares.
 * Public API for it is {@link org.openras.explain.Figures}.
 */
package org.openras.internal.text;
