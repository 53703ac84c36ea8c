package uk.co.welzo.klachten.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;

/**
 * Plausible complaint histories, about six events each: most are resolved at stage 1 and closed,
 * some escalate, some are still open. Deadlines are plausible, not policy-exact: the read models
 * copy them from the events and never recompute them.
 */
final class ComplaintHistories {

    private static final Actor AGENT = new Actor("benchmark-agent");
    private static final String POLICY = "benchmark";
    private static final String[] PRODUCTS = {"BP monitor", "Vitamin D 1000IU", "Hay fever tablets", "Thermometer",
            "Pregnancy test", "Hair loss treatment", "Allergy spray", "Weight scale", "Omega 3", "First aid kit"};
    private static final String[] ROOT_CAUSES = {"packaging", "courier delay", "supplier defect", "billing error",
            "website bug", "stock error", "agent error", "unclear instructions"};

    private static final String[] FIRST_NAMES = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Grace",
            "Sophia", "Freya", "Noah", "Oliver", "George", "Arthur", "Leo", "Muhammad", "Harry", "Oscar", "Jack",
            "Theo", "Priya", "Aisha", "Sanne", "Daan", "Fatima", "Wojciech", "Siobhan", "Rhys", "Chloe", "Kwame"};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
            "Thomas", "Clarke", "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward",
            "Hughes", "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan",
            "Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell",
            "Bailey", "Carter", "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum", "Miller",
            "Cox", "Hussain", "Marshall", "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali", "Ahmed",
            "Foster", "Ellis", "Murphy", "Chapman", "Mason", "Gray", "Richards", "Webb", "Griffiths", "Hunt", "Palmer",
            "Campbell", "Holmes", "Mills", "Rogers", "Barnes", "Knight", "Matthews", "Barker", "Powell", "Stevens",
            "Kaur", "Fisher", "Butler", "Dixon", "Russell", "Harvey", "Pearson", "Graham", "de Vries", "Jansen"};

    private final Random random;
    private final Instant start;
    private final boolean contactDetails;

    ComplaintHistories(long seed, Instant start) {
        this(seed, start, false);
    }

    /**
     * @param contactDetails whether complainants have plausible names and a phone number, as the staff search needs
     *                       (the read-model benchmark keeps "Customer n" without a phone, so its figures stay comparable)
     */
    ComplaintHistories(long seed, Instant start, boolean contactDetails) {
        this.random = new Random(seed);
        this.start = start;
        this.contactDetails = contactDetails;
    }

    /** The name of complainant {@code number} when the histories have contact details. */
    static String name(int number) {
        return FIRST_NAMES[number % FIRST_NAMES.length] + " " + SURNAMES[number / FIRST_NAMES.length % SURNAMES.length];
    }

    /** The UK mobile number of complainant {@code number} when the histories have contact details. */
    static String phone(int number) {
        return String.format("07%03d %06d", 700 + number / 1_000_000, number % 1_000_000);
    }

    static String orderNumber(int number) {
        return "W-" + number;
    }

    private Complainant complainant(int number) {
        return contactDetails
                ? new Complainant(name(number), "customer" + number + "@example.org", phone(number), null)
                : new Complainant("Customer " + number, "customer" + number + "@example.org", null, null);
    }

    /**
     * A complaint still under investigation with a long case file: lodged, acknowledged and assigned, then department
     * questions and answers, investigation notes and calls and letters, {@code entries} events (timeline entries) in
     * all. Its id is {@code bench-long-<number>}.
     */
    List<Object> longHistory(int number, int entries) {
        ComplaintId id = ComplaintId.of("bench-long-" + number);
        Instant received = start.plus(Duration.ofDays(300 + number));
        List<Object> events = new ArrayList<>(entries);
        ReferenceNumber reference = ReferenceNumber.random(random);
        events.add(new ComplaintLodged(id, reference, Channel.PHONE, pick(Category.values()),
                complainant(1_000_000 + number), "A long complaint " + number + " about several orders and calls",
                "W-L" + number, PRODUCTS[number % PRODUCTS.length], received, received, hours(received, 48),
                hours(received, 36), POLICY, AGENT));
        Instant acknowledged = hours(received, 3);
        events.add(new ComplaintAcknowledged(id, reference, CommunicationChannel.EMAIL, acknowledged, acknowledged,
                days(acknowledged, 14), days(acknowledged, 13), POLICY, AGENT));
        events.add(new ComplaintAssigned(id, "agent", null, acknowledged, acknowledged, AGENT));
        Instant step = acknowledged;
        for (int n = 0; events.size() < entries; n++) {
            step = hours(step, 1 + random.nextInt(5));
            switch (n % 4) {
                case 0 -> {
                    if (events.size() + 2 <= entries) {
                        InquiryId inquiry = InquiryId.of("i-long-" + number + "-" + n);
                        Department department = pick(Department.values());
                        events.add(new DepartmentInputRequested(id, inquiry, department, "Question " + n
                                + ": what happened to this order on the way?", step, step, days(step, 5), days(step, 4),
                                POLICY, AGENT));
                        step = hours(step, 2);
                        events.add(new DepartmentInputReceived(id, inquiry, department, "Answer " + n
                                + ": the courier left it at the depot, it was returned.", step, step, AGENT));
                    }
                }
                case 1, 3 -> events.add(new CustomerCommunicationRecorded(id,
                        CommunicationId.of("m-long-" + number + "-" + n), pick(CommunicationChannel.values()),
                        n % 8 == 1 ? Direction.INBOUND : Direction.OUTBOUND,
                        "Call " + n + ": the customer asked where the replacement is; told we are checking.", step, step,
                        AGENT));
                default -> events.add(new InvestigationNoteRecorded(id, "Note " + n
                        + ": checked the courier's scan history and the stock system.", step, step, AGENT));
            }
        }
        return events;
    }

    List<Object> history(int number) {
        ComplaintId id = ComplaintId.of("bench-" + number);
        Instant received = start.plus(Duration.ofMinutes(number * 7L % (365L * 24 * 60)));
        List<Object> events = new ArrayList<>(10);
        ReferenceNumber reference = ReferenceNumber.random(random);
        events.add(new ComplaintLodged(id, reference, pick(Channel.values()), pick(Category.values()),
                complainant(number), "Complaint text " + number, orderNumber(number), PRODUCTS[random.nextInt(PRODUCTS.length)], received, received,
                hours(received, 48), hours(received, 36), POLICY, AGENT));
        if (random.nextInt(100) < 5) {
            return events;
        }
        Instant acknowledged = hours(received, 2 + random.nextInt(60));
        events.add(new ComplaintAcknowledged(id, reference, CommunicationChannel.EMAIL, acknowledged, acknowledged,
                days(acknowledged, 14), days(acknowledged, 13), POLICY, AGENT));
        events.add(new ComplaintAssigned(id, "agent" + random.nextInt(20), null, acknowledged, acknowledged, AGENT));
        Instant step = hours(acknowledged, 4);
        if (random.nextBoolean()) {
            InquiryId inquiry = InquiryId.of("i-" + number);
            Department department = pick(Department.values());
            events.add(new DepartmentInputRequested(id, inquiry, department, "Question " + number, step, step,
                    days(step, 5), days(step, 4), POLICY, AGENT));
            step = hours(step, 24 + random.nextInt(96));
            events.add(new DepartmentInputReceived(id, inquiry, department, "Answer " + number, step, step, AGENT));
        }
        if (random.nextInt(100) < 10) {
            return events;
        }
        step = hours(step, 24 + random.nextInt(240));
        events.add(new CustomerCommunicationRecorded(id, CommunicationId.of("m-" + number), CommunicationChannel.PHONE,
                Direction.OUTBOUND, "Findings explained", step, step, AGENT));
        events.add(new ComplaintResolved(id, Stage.ONE, pick(Outcome.values()), "Remedy",
                ROOT_CAUSES[random.nextInt(ROOT_CAUSES.length)], false, null, null, null, step, step, days(step, 56), POLICY, AGENT));
        if (random.nextInt(100) < 20) {
            Instant escalated = hours(step, 48);
            events.add(new ComplaintEscalated(id, "Not satisfied", escalated, escalated, days(escalated, 7),
                    days(escalated, 14), days(escalated, 6), days(escalated, 13), POLICY, AGENT));
            Instant reviewed = hours(escalated, 24 + random.nextInt(120));
            events.add(new EscalationAcknowledged(id, new DepartmentManager("Manager", "Operations"), reviewed, reviewed,
                    days(reviewed, 14), days(reviewed, 13), POLICY, AGENT));
            step = hours(reviewed, 24 + random.nextInt(300));
            events.add(new ComplaintResolved(id, Stage.TWO, pick(Outcome.values()), "Final remedy",
                    ROOT_CAUSES[random.nextInt(ROOT_CAUSES.length)], true, null, null, null, step, step, null, POLICY, AGENT));
            events.add(new ComplaintClosed(id, ClosureReason.FINAL_RESPONSE_GIVEN, step, step, AGENT));
        } else {
            Instant closed = hours(step, 24);
            events.add(new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, closed, closed, AGENT));
        }
        return events;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Instant hours(Instant from, long hours) {
        return from.plus(Duration.ofHours(hours));
    }

    private static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }
}
