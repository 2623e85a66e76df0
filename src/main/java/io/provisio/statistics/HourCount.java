package io.provisio.statistics;

import java.time.Instant;

/** SCIM requests and error responses (status 400 and above) in the hour starting at {@code hour}. */
public record HourCount(Instant hour, long requests, long errors) {
}
