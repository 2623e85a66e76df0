/**
 * The audit trail: every token action and refused credential, written by CDI observers inside
 * the transaction of the change; queries with filters and paging, and CSV export.
 */
package io.provisio.audit;
