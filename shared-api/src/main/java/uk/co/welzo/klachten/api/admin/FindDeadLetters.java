package uk.co.welzo.klachten.api.admin;

/** The events the query side's projections could not apply: one processing group's, or every group's when {@code group} is null. */
public record FindDeadLetters(String group) {
}
