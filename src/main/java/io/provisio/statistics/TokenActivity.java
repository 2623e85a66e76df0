package io.provisio.statistics;

import java.time.Instant;

/**
 * What one token did on this node in the last 24 hours. {@code tokenId} is null for requests
 * without a valid token, which are refused before any token is known.
 */
public record TokenActivity(String tokenId, String vendor, long requests, long errors, Instant lastRequest,
                            int lastStatus) {
}
