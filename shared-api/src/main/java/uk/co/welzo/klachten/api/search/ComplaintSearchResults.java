package uk.co.welzo.klachten.api.search;

import java.util.List;

/**
 * The complaints the staff search found, newest first. {@code more} is true when there were more than the limit (or a
 * very common name start matched more complaints than the search keeps per key): type more of it.
 */
public record ComplaintSearchResults(List<ComplaintSearchHit> hits, boolean more) {
}
