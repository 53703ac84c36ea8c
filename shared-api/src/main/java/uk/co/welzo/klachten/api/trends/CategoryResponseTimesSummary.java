package uk.co.welzo.klachten.api.trends;

import uk.co.welzo.klachten.api.complaint.Category;

/** One category's hours from receipt to acknowledgement and to stage-1 resolution: median and 90th percentile, null without data. */
public record CategoryResponseTimesSummary(
        Category category,
        long complaints,
        long acknowledged,
        Double medianHoursToAcknowledge,
        Double p90HoursToAcknowledge,
        long resolved,
        Double medianHoursToResolve,
        Double p90HoursToResolve) {
}
