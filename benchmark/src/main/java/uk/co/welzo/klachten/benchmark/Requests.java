package uk.co.welzo.klachten.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The HTTP requests of the load benchmark, as the REST API takes them (README, "API"): bodies that do not depend on the
 * complaint are made once, the others are joined from fixed parts rather than formatted, so the generator spends its
 * time sending. Lodges by e-mail (the lodge scenario: the service acknowledges them itself), by phone (the mixed day:
 * staff acknowledge them) or by letter (the read-your-writes probes, see {@link Probes}).
 */
final class Requests {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The findings call's id on every complaint; ids are per complaint, so one will do. */
    static final String FINDINGS_CALL = "findings-1";
    private static final String[] CATEGORIES = {
            "PRODUCT_DEFECT", "SERVICE", "BILLING_AND_PAYMENT", "CUSTOMER_SERVICE", "COMMUNICATION"};
    private static final String ACKNOWLEDGE = "{\"channel\":\"PHONE\"}";
    private static final String ASSIGN = "{\"handler\":\"agent\"}";
    private static final String NOTE = "{\"note\":\"Asked the warehouse: the parcel left on time, the courier has"
            + " no scan after that.\"}";
    private static final String CALL = "{\"communicationId\":\"" + FINDINGS_CALL + "\",\"channel\":\"PHONE\","
            + "\"direction\":\"OUTBOUND\",\"summary\":\"Told the customer what we found and what we propose.\"}";
    private static final String RESOLVE = "{\"outcome\":\"PARTLY_UPHELD\",\"remedy\":\"A replacement monitor and the"
            + " postage refunded.\",\"rootCause\":\"Courier\",\"customerSignposted\":false,\"findingsCommunicationId\":\""
            + FINDINGS_CALL + "\"}";

    private final String base;
    private final Credentials credentials;
    private final URI lodges;
    private final URI[] queuePages;
    private final URI trendCounts;
    private final URI processors;

    Requests(String base, Credentials credentials, Instant now) {
        this.base = base;
        this.credentials = credentials;
        this.lodges = URI.create(base + "/api/complaints");
        // the first page as a person opens it, their own complaints, and what is overdue
        this.queuePages = new URI[] {URI.create(base + "/api/queue"), URI.create(base + "/api/queue?handler=agent"),
                URI.create(base + "/api/queue?overdue=true")};
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        this.trendCounts = URI.create(base + "/api/trends/counts?dimension=CATEGORY&period=MONTH&from="
                + today.minus(365, ChronoUnit.DAYS) + "&to=" + today.plus(1, ChronoUnit.DAYS));
        this.processors = URI.create(base + "/api/admin/replays");
    }

    /** A complaint by e-mail, with an address: the service acknowledges it by itself. */
    HttpRequest lodgeByEmail(String id, long number) {
        return post(lodges, Caller.INTAKE, lodgeBody(id, number, "EMAIL", "PRODUCT_DEFECT", null));
    }

    /** A complaint taken by phone: staff acknowledge it. */
    HttpRequest lodgeByPhone(String id, long number) {
        return post(lodges, Caller.INTAKE, lodgeBody(id, number, "PHONE", CATEGORIES[(int) (number % CATEGORIES.length)],
                null));
    }

    /** A letter typed in, received at {@code receivedAt}: the probes' lodge ({@link Probes}). */
    HttpRequest lodgeByLetter(String id, long number, Instant receivedAt) {
        return post(lodges, Caller.INTAKE, lodgeBody(id, number, "LETTER", "OTHER", receivedAt));
    }

    HttpRequest command(Operation step, String id) {
        String complaint = base + "/api/complaints/" + id;
        return switch (step) {
            case ACKNOWLEDGE -> post(URI.create(complaint + "/acknowledgement"), step.caller, ACKNOWLEDGE);
            case ASSIGN -> send(URI.create(complaint + "/handler"), step.caller, "PUT", ASSIGN);
            case NOTE -> post(URI.create(complaint + "/notes"), step.caller, NOTE);
            case CALL -> post(URI.create(complaint + "/communications"), step.caller, CALL);
            case RESOLVE -> post(URI.create(complaint + "/resolution"), step.caller, RESOLVE);
            default -> throw new IllegalArgumentException(step + " is not a command on a complaint");
        };
    }

    HttpRequest caseView(String id) {
        return get(URI.create(base + "/api/complaints/" + id), Caller.AGENT);
    }

    HttpRequest slaClocks(String id) {
        return get(URI.create(base + "/api/complaints/" + id + "/sla"), Caller.AGENT);
    }

    HttpRequest queuePage(long number) {
        return get(queuePages[(int) (number % queuePages.length)], Caller.AGENT);
    }

    /** A year of counts by category per month: the trend query #19 sets a target for. */
    HttpRequest trendCounts() {
        return get(trendCounts, Caller.ANALYST);
    }

    /** The work queue of letters only: the probes, soonest due first, a page of {@link Probes#PAGE} ({@link Probes}). */
    HttpRequest letterQueue(int page) {
        return get(URI.create(base + "/api/queue?channel=LETTER&size=" + Probes.PAGE + "&page=" + page), Caller.AGENT);
    }

    /** Every processing group's position against the event store's head, as an operator sees it. */
    HttpRequest processorStatus() {
        return get(processors, Caller.ADMIN);
    }

    /** How full the work queue is: its total counts every open complaint. */
    HttpRequest queueTotal() {
        return get(URI.create(base + "/api/queue?size=1"), Caller.AGENT);
    }

    private String lodgeBody(String id, long number, String channel, String category, Instant receivedAt) {
        return "{\"complaintId\":\"" + id + "\",\"channel\":\"" + channel + "\",\"category\":\"" + category
                + "\",\"complainant\":{\"name\":\"Load Tester " + number + "\",\"email\":\"load" + number
                + "@example.org\"},\"description\":\"Load benchmark complaint " + number
                + "\",\"product\":\"BP monitor\"" + (receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\"")
                + "}";
    }

    private HttpRequest get(URI uri, Caller caller) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", credentials.header(caller))
                .GET().build();
    }

    private HttpRequest post(URI uri, Caller caller, String body) {
        return send(uri, caller, "POST", body);
    }

    private HttpRequest send(URI uri, Caller caller, String method, String body) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", credentials.header(caller))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
