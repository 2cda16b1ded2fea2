/**
 * The engine's internals shared between ras-core's own packages: how a calculation records its
 * trace ({@link org.openras.internal.Recorder}, and {@link org.openras.internal.Recorders}, which
 * makes a recording one). Not exported by the module: not API, and it may change in any release.
 */
package org.openras.internal;
