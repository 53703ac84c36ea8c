package uk.co.welzo.klachten.query.trends;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.co.welzo.klachten.api.trends.TrendDimension;

/**
 * One count a trend fact adds to the day it was received: to all complaints ({@code dimension} and {@code key} null),
 * to the complaints resolved at stage 1 and to those of them escalated (the escalation rate's figures: {@code dimension}
 * null, {@code key} naming the figure), to one value of a dimension, by its grouping key and how it is shown, or (with a
 * {@code document} of {@value #HOURS}) to the complaints of its category that took exactly as long to acknowledge or to
 * resolve, so that medians and percentiles are read per day instead of from every fact. A fact's tallies change as its
 * values do (a recategorised complaint, a root cause or outcome given at resolution, a time to acknowledge or resolve);
 * never by erasure, for trends hold no personal data.
 */
record TrendTally(TrendDimension dimension, String key, String label, String document) {

    static final String ALL = "COMPLAINTS";
    static final String RECEIVED = "RECEIVED";
    /** The day's response times: {@code <acknowledge|resolve>.<category>.<milliseconds>}, how many took exactly that. */
    static final String HOURS = "HOURS";
    static final String TO_ACKNOWLEDGE = "acknowledge";
    static final String TO_RESOLVE = "resolve";
    static final TrendTally COMPLAINT = new TrendTally(null, null, null);
    static final TrendTally RESOLVED_AT_STAGE_ONE = new TrendTally(null, "resolvedAtStageOne", null);
    static final TrendTally ESCALATED = new TrendTally(null, "escalated", null);

    /** A count in the day's document of all complaints or of one dimension. */
    TrendTally(TrendDimension dimension, String key, String label) {
        this(dimension, key, label, null);
    }

    /** One complaint's time to acknowledge or to resolve, counted among those of its category and day. */
    static TrendTally hours(String measure, String category, long milliseconds) {
        return new TrendTally(null, measure + "." + category + "." + milliseconds, null, HOURS);
    }

    /** What a fact counts in: itself, its resolution at stage 1 and escalation, and each of its values that is there. */
    static Set<TrendTally> of(TrendFactDocument fact) {
        Set<TrendTally> tallies = new LinkedHashSet<>();
        if (fact == null || fact.receivedAt == null) {
            return tallies;
        }
        tallies.add(COMPLAINT);
        if (fact.resolvedAt != null) {
            tallies.add(RESOLVED_AT_STAGE_ONE);
            if (fact.escalated) {
                tallies.add(ESCALATED);
            }
        }
        add(tallies, TrendDimension.CATEGORY, fact.category == null ? null : fact.category.name(), null);
        add(tallies, TrendDimension.CHANNEL, fact.channel == null ? null : fact.channel.name(), null);
        add(tallies, TrendDimension.PRODUCT, fact.product, fact.productLabel);
        fact.departments.forEach(department -> add(tallies, TrendDimension.DEPARTMENT, department.name(), null));
        add(tallies, TrendDimension.ROOT_CAUSE, fact.rootCause, fact.rootCauseLabel);
        add(tallies, TrendDimension.OUTCOME, fact.outcome == null ? null : fact.outcome.name(), null);
        if (fact.category != null) {
            addHours(tallies, TO_ACKNOWLEDGE, fact.category.name(), fact.hoursToAcknowledge);
            addHours(tallies, TO_RESOLVE, fact.category.name(), fact.hoursToResolve);
        }
        return tallies;
    }

    private static void add(Set<TrendTally> tallies, TrendDimension dimension, String key, String label) {
        if (key != null) {
            tallies.add(new TrendTally(dimension, key, label == null ? key : label));
        }
    }

    /** The hours as the fact keeps them, exactly: they were worked out from whole milliseconds. */
    private static void addHours(Set<TrendTally> tallies, String measure, String category, Double hours) {
        if (hours != null) {
            tallies.add(hours(measure, category, Math.round(hours * 3_600_000d)));
        }
    }

    /** The id of the day's document this tally is counted in. */
    String documentId(LocalDate day) {
        return documentId(document != null ? document : dimension == null ? ALL : dimension.name(), day);
    }

    static String documentId(String kind, LocalDate day) {
        return kind + "|" + day;
    }

    /** The counter's field in that document. Keys and labels are free text, so '.', '$' and '%' are escaped. */
    String field() {
        if (document != null) {
            return key;
        }
        if (dimension == null) {
            return key == null ? "count" : key;
        }
        return "counts." + escape(key) + "." + escape(label);
    }

    static String escape(String text) {
        return text.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String unescape(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
