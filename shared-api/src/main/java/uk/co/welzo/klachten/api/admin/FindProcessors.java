package uk.co.welzo.klachten.api.admin;

/** Which of the query side's processors an operator watches: one processing group, or every one when {@code group} is null. */
public record FindProcessors(String group) {
}
