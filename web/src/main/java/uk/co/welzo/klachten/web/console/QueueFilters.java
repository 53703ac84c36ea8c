package uk.co.welzo.klachten.web.console;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;

/** The queue page's filters, as its GET form sends them; none of them is personal data, so they may be in the URL. */
public class QueueFilters {

    static final int PAGE_SIZE = 20;

    private Stage stage;
    private ComplaintStatus status;
    private String handler;
    private Category category;
    private Channel channel;
    private Boolean overdue;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueBy;
    private boolean mine;
    /**
     * A manager's escalated cases in review (R4.2): stage 2 under review, forwarded to the signed-in manager by their
     * user name, and, when their department is known, those forwarded to that department before forwarding named a user.
     */
    private boolean review;
    private int page;

    /**
     * The query these filters ask; {@code department} is the signed-in person's (null: not known), used only for
     * {@code review}, which always asks for the cases forwarded to {@code signedIn}, so it never lists every
     * department's cases. Always present (kept optional for the callers that once had a case without a query).
     */
    Optional<FindWorkQueue> query(String signedIn, String department, ConsoleTime time) {
        String who = mine ? signedIn : (handler == null || handler.isBlank() ? null : handler.strip());
        return Optional.of(new FindWorkQueue(stage, review ? ComplaintStatus.UNDER_REVIEW : status, who, category,
                channel, overdue, dueBy == null ? null : time.startOfDayAfter(dueBy), review ? department : null,
                review ? signedIn : null, Math.max(page, 0), PAGE_SIZE));
    }

    /**
     * Which of the console's preset views these filters are, for the navigation and the heading: {@code mine}, the
     * head's {@code escalated} (escalations waiting for acknowledgement, R4.2), a manager's {@code review} (escalated
     * cases in review forwarded to their department, R4.2), or the plain {@code queue} (any other mix of filters).
     */
    public String view() {
        if (review) {
            return "review";
        }
        if (mine) {
            return "mine";
        }
        boolean statusOnly = stage == null && (handler == null || handler.isBlank()) && category == null
                && channel == null && overdue == null && dueBy == null;
        if (statusOnly && status == ComplaintStatus.ESCALATED) {
            return "escalated";
        }
        return "queue";
    }

    /** This page's URL with the same filters on another page; {@code base} is the queue or its stream. */
    public String link(String base, int toPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
        add(uri, "stage", stage);
        add(uri, "status", status);
        add(uri, "handler", handler == null || handler.isBlank() ? null : handler.strip());
        add(uri, "category", category);
        add(uri, "channel", channel);
        add(uri, "overdue", overdue);
        add(uri, "dueBy", dueBy);
        add(uri, "mine", mine ? Boolean.TRUE : null);
        add(uri, "review", review ? Boolean.TRUE : null);
        add(uri, "page", toPage > 0 ? toPage : null);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public ComplaintStatus getStatus() { return status; }
    public void setStatus(ComplaintStatus status) { this.status = status; }
    public String getHandler() { return handler; }
    public void setHandler(String handler) { this.handler = handler; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public Boolean getOverdue() { return overdue; }
    public void setOverdue(Boolean overdue) { this.overdue = overdue; }
    public LocalDate getDueBy() { return dueBy; }
    public void setDueBy(LocalDate dueBy) { this.dueBy = dueBy; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public boolean isReview() { return review; }
    public void setReview(boolean review) { this.review = review; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
