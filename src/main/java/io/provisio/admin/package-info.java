/** The admin REST API under /api/admin (HTTP Basic): tokens and the audit trail. */
package io.provisio.admin;
