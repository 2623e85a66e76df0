/**
 * Counts of SCIM requests and error responses per hour and per token, kept in memory on each node
 * for the portal's dashboard. Nothing is stored: a restart starts the counts from zero.
 */
package io.provisio.statistics;
