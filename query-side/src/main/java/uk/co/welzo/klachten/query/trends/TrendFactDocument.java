package uk.co.welzo.klachten.query.trends;

import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;

/**
 * The facts of one complaint that trends are made of (R6), keyed by complaint id and holding no personal data at
 * all (R8.1): no complainant, description, order number, notes, answers, summaries, remedy or reasons. Product and
 * root cause are kept twice: case-folded for grouping and as first written, for showing.
 */
@Document(TrendFactDocument.COLLECTION)
class TrendFactDocument extends ProjectedDocument {

    static final String COLLECTION = "trend_facts";

    @Id
    String id;
    Category category;
    Channel channel;
    String product;
    String productLabel;
    /** Each department asked for input, once, in the order first asked. */
    List<Department> departments = new ArrayList<>();
    String rootCause;
    String rootCauseLabel;
    /** The final outcome: stage 2's once given, else stage 1's. */
    Outcome outcome;
    Stage outcomeStage;
    @Indexed
    Instant receivedAt;
    Instant acknowledgedAt;
    /** Stage-1 resolution. */
    Instant resolvedAt;
    boolean escalated;
    Instant escalatedAt;
    Double hoursToAcknowledge;
    /** From receipt to the stage-1 resolution. */
    Double hoursToResolve;

    void ask(Department department) {
        if (!departments.contains(department)) {
            departments.add(department);
        }
    }

    void resolve(Stage stage, Outcome outcome, String rootCause, Instant at) {
        this.outcome = outcome;
        this.outcomeStage = stage;
        if (key(rootCause) != null) {
            this.rootCause = key(rootCause);
            this.rootCauseLabel = label(rootCause);
        }
        if (stage == Stage.ONE) {
            resolvedAt = at;
            hoursToResolve = hoursBetween(receivedAt, at);
        }
    }

    static Double hoursBetween(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).toMillis() / 3_600_000d;
    }

    /** How free text is grouped: whitespace trimmed and collapsed, case-folded; blank is no value. */
    static String key(String text) {
        String label = label(text);
        return label == null ? null : label.toLowerCase(Locale.ROOT);
    }

    /** How free text is shown: whitespace trimmed and collapsed, case kept; blank is no value. */
    static String label(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("\\s+", " ");
    }
}
