/**
 * {@code ras serve}: the budget over HTTP for any case-management system. Start a {@link
 * org.openras.service.RasService} with a {@link org.openras.service.ServiceConfig}; see {@code
 * docs/service.md} for the API.
 */
package org.openras.service;
