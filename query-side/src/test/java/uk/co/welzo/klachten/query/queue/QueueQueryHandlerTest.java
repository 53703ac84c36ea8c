package uk.co.welzo.klachten.query.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.domain.Sort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueueItemSummary;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.query.MongoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_ONE_RESOLUTION;
import static uk.co.welzo.klachten.query.queue.QueueEvents.days;

/** Filters, paging and sorting of the work queue against a real MongoDB wire server, with the clock fixed per test. */
@ExtendWith(MongoTestServer.class)
class QueueQueryHandlerTest {

    private static MongoTemplate mongo;
    private static QueueRepository repository;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
        repository = new MongoRepositoryFactory(mongo).getRepository(QueueRepository.class);
    }

    @BeforeEach
    void fiveOpenComplaints() {
        mongo.remove(new Query(), QueueDocument.class);
        repository.saveAll(List.of(
                entry("a", Stage.ONE, ComplaintStatus.RECEIVED, Category.SERVICE, Channel.WEB_FORM, null, days(1)),
                entry("b", Stage.ONE, ComplaintStatus.UNDER_INVESTIGATION, Category.PRODUCT_DEFECT, Channel.EMAIL, "alice", days(10)),
                entry("c", Stage.ONE, ComplaintStatus.RESOLVED_AT_STAGE_ONE, Category.BILLING_AND_PAYMENT, Channel.LETTER, "alice", null),
                entry("d", Stage.TWO, ComplaintStatus.ESCALATED, Category.SERVICE, Channel.PHONE, "bob", days(3)),
                entry("e", Stage.TWO, ComplaintStatus.UNDER_REVIEW, Category.PRODUCT_DEFECT, Channel.WEB_FORM, "bob", days(20))));
    }

    @Test
    void listsEveryOpenComplaintSoonestDueFirstAndThoseWithoutARunningDeadlineLast() {
        WorkQueuePage page = at(days(5)).handle(all());
        assertThat(ids(page)).containsExactly("a", "d", "b", "e", "c");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items().get(0).nextDue()).isEqualTo(days(1));
        assertThat(page.items().get(4).nextDue()).isNull();
    }

    @Test
    void filtersOnEachField() {
        QueueQueryHandler queue = at(days(5));
        assertThat(ids(queue.handle(new FindWorkQueue(Stage.TWO, null, null, null, null, null, null, null, 0, 0)))).containsExactly("d", "e");
        assertThat(ids(queue.handle(new FindWorkQueue(null, ComplaintStatus.UNDER_INVESTIGATION, null, null, null, null, null, null, 0, 0))))
                .containsExactly("b");
        assertThat(ids(queue.handle(new FindWorkQueue(null, null, "alice", null, null, null, null, null, 0, 0)))).containsExactly("b", "c");
        assertThat(ids(queue.handle(new FindWorkQueue(null, null, null, Category.PRODUCT_DEFECT, null, null, null, null, 0, 0))))
                .containsExactly("b", "e");
        assertThat(ids(queue.handle(new FindWorkQueue(null, null, null, null, Channel.WEB_FORM, null, null, null, 0, 0)))).containsExactly("a", "e");
        assertThat(ids(queue.handle(new FindWorkQueue(null, null, null, null, null, true, null, null, 0, 0)))).containsExactly("a", "d");
        assertThat(ids(queue.handle(new FindWorkQueue(null, null, null, null, null, false, null, null, 0, 0)))).containsExactly("b", "e", "c");
    }

    @Test
    void combinesFiltersAndCountsOnlyWhatMatches() {
        QueueQueryHandler queue = at(days(5));
        WorkQueuePage stageOneOnTime = queue.handle(new FindWorkQueue(Stage.ONE, null, null, null, null, false, null, null, 0, 0));
        assertThat(ids(stageOneOnTime)).containsExactly("b", "c");
        assertThat(stageOneOnTime.total()).isEqualTo(2);
        WorkQueuePage bobOverdue = queue.handle(new FindWorkQueue(null, null, "bob", Category.SERVICE, Channel.PHONE, true, null, null, 0, 0));
        assertThat(ids(bobOverdue)).containsExactly("d");
        assertThat(bobOverdue.total()).isEqualTo(1);
        assertThat(queue.handle(new FindWorkQueue(null, null, "carol", null, null, null, null, null, 0, 0)).total()).isZero();
    }

    @Test
    @DisplayName("#19: pages and totals read along the queue order equal those of the sort and filters on nextDue it"
            + " replaced, for random complaints, clocks, filters and pages, ties and deadlines due to the millisecond")
    void theQueueOrderSortsAndFiltersAsNextDueDid() {
        mongo.remove(new Query(), QueueDocument.class);
        Random random = new Random(19);
        List<QueueDocument> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Instant due = random.nextInt(5) == 0 ? null
                    : days(random.nextInt(30)).plusMillis(random.nextInt(3) == 0 ? 0 : random.nextInt(1_000));
            entries.add(entry("q-" + random.nextInt(100_000) + "-" + i, Stage.values()[random.nextInt(2)],
                    ComplaintStatus.values()[random.nextInt(ComplaintStatus.values().length)],
                    Category.values()[random.nextInt(Category.values().length)], Channel.WEB_FORM,
                    random.nextBoolean() ? "alice" : null, due));
        }
        repository.saveAll(entries);
        Sort before = Sort.by(Sort.Order.desc("deadlineRunning"), Sort.Order.asc("nextDue"), Sort.Order.asc("_id"));
        int compared = 0;
        for (int i = 0; i < 200; i++) {
            Instant now = days(random.nextInt(32)).plusMillis(random.nextInt(1_000)).plusNanos(random.nextInt(3) * 400_000);
            Boolean overdue = random.nextInt(3) == 0 ? null : random.nextBoolean();
            String handler = random.nextInt(3) == 0 ? "alice" : null;
            int size = 1 + random.nextInt(30);
            int pageNumber = random.nextInt(4);
            List<Criteria> old = new ArrayList<>();
            if (Boolean.TRUE.equals(overdue)) {
                old.add(Criteria.where("nextDue").lt(now));
            } else if (Boolean.FALSE.equals(overdue)) {
                old.add(new Criteria().orOperator(Criteria.where("deadlineRunning").is(false),
                        Criteria.where("nextDue").gte(now)));
            }
            if (handler != null) {
                old.add(Criteria.where("handler").is(handler));
            }
            Query matching = new Query(old.isEmpty() ? new Criteria() : new Criteria().andOperator(old));
            List<String> expected = mongo.find(Query.of(matching).with(before).skip((long) pageNumber * size).limit(size),
                    QueueDocument.class).stream().map(q -> q.id).toList();
            long total = mongo.count(matching, QueueDocument.class);

            WorkQueuePage page = at(now).handle(new FindWorkQueue(null, null, handler, null, null, overdue, null, null,
                    pageNumber, size));
            assertThat(ids(page)).as("%s overdue %s handler %s page %d of %d", now, overdue, handler, pageNumber, size)
                    .containsExactlyElementsOf(expected);
            assertThat(page.total()).isEqualTo(total);
            compared += expected.size();
        }
        assertThat(compared).as("complaints compared").isGreaterThan(1_000);
    }

    @Test
    @DisplayName("#19: complaints written before their queue order existed ask for a replay of the 'queue' group")
    void complaintsWithoutTheirOrderNeedAReplay() {
        QueueOrderCheck check = new QueueOrderCheck(mongo);
        assertThat(check.orderIsMissing()).as("every complaint ordered").isFalse();
        QueueDocument old = entry("old", Stage.ONE, ComplaintStatus.RECEIVED, Category.SERVICE, Channel.EMAIL, null, days(2));
        old.queueOrder = null;
        repository.save(old);
        assertThat(check.orderIsMissing()).isTrue();

        List<Object> published = new ArrayList<>();
        new QueueOrderCheck(mongo, published::add, false).warnIfOrderIsMissing();
        assertThat(published).as("several instances: a warning only").isEmpty();
        new QueueOrderCheck(mongo, published::add, true).warnIfOrderIsMissing();
        assertThat(published).singleElement().isInstanceOfSatisfying(
                uk.co.welzo.klachten.query.readmodel.ReplayNeeded.class,
                needed -> assertThat(needed.group()).isEqualTo("queue"));
    }

    @Test
    void judgesOverdueByTheClockAtQueryTime() {
        FindWorkQueue overdue = new FindWorkQueue(null, null, null, null, null, true, null, null, 0, 0);
        FindWorkQueue onTime = new FindWorkQueue(null, null, null, null, null, false, null, null, 0, 0);

        assertThat(ids(at(days(0)).handle(overdue))).isEmpty();
        assertThat(ids(at(days(2)).handle(overdue))).containsExactly("a");
        assertThat(ids(at(days(25)).handle(overdue))).containsExactly("a", "d", "b", "e");
        assertThat(ids(at(days(25)).handle(onTime))).containsExactly("c");

        // the same stored document, read under two clocks
        WorkQueueItemSummary before = item(at(days(9)).handle(all()), "b");
        WorkQueueItemSummary after = item(at(days(11)).handle(all()), "b");
        assertThat(before.overdue()).isFalse();
        assertThat(before.deadlines().get(0).overdue()).isFalse();
        assertThat(after.overdue()).isTrue();
        assertThat(after.deadlines().get(0).overdue()).isTrue();
        assertThat(item(at(days(11)).handle(all()), "c").overdue()).isFalse();
    }

    @Test
    void aComplaintDueExactlyNowIsNotYetOverdue() {
        assertThat(item(at(days(10)).handle(all()), "b").overdue()).isFalse();
        assertThat(ids(at(days(10)).handle(new FindWorkQueue(null, null, null, null, null, true, null, null, 0, 0))))
                .doesNotContain("b");
    }

    @Test
    void findsWhatIsDueBeforeAnInstant() {
        QueueQueryHandler queue = at(days(0));
        assertThat(ids(queue.handle(new FindWorkQueue(null, null, null, null, null, null, days(10), null, 0, 0)))).containsExactly("a", "d");
        assertThat(ids(queue.handle(new FindWorkQueue(null, null, null, null, null, null, days(10).plusSeconds(1), null, 0, 0))))
                .containsExactly("a", "d", "b");
        assertThat(ids(at(days(2)).handle(new FindWorkQueue(null, null, null, null, null, false, days(10).plusSeconds(1), null, 0, 0))))
                .containsExactly("d", "b");
        assertThat(ids(at(days(2)).handle(new FindWorkQueue(null, null, null, null, null, true, days(10), null, 0, 0))))
                .containsExactly("a");
    }

    @Test
    void findsTheEscalationsForwardedToADepartmentWhateverItsCaseAndSpaces_R4_2() {
        repository.saveAll(List.of(reviewed("f", " Warehouse "), reviewed("g", "Pharmacy")));
        QueueQueryHandler queue = at(days(5));

        assertThat(ids(queue.handle(review("warehouse")))).containsExactly("f");
        assertThat(ids(queue.handle(review("  WAREHOUSE")))).containsExactly("f");
        assertThat(ids(queue.handle(review("Finance")))).isEmpty();
        assertThat(ids(queue.handle(review(" ")))).containsExactly("e", "f", "g");
        WorkQueueItemSummary f = item(queue.handle(review("Warehouse")), "f");
        assertThat(f.reviewManager()).isEqualTo("Morgan Price");
        assertThat(f.reviewDepartment()).isEqualTo(" Warehouse ");
    }

    @Test
    void theLiveMatchAgreesWithTheQueryOnEveryFilter() {
        QueueDocument named = reviewed("h", "Warehouse");
        named.reviewManagerUser = "morgan";
        repository.saveAll(List.of(reviewed("f", " Warehouse "), reviewed("g", "Pharmacy"), named));
        Instant now = days(5);
        List<FindWorkQueue> filters = List.of(all(), review("warehouse"), review("PHARMACY "), review("Finance"),
                new FindWorkQueue(Stage.TWO, null, "bob", null, null, null, null, null, 0, 0),
                new FindWorkQueue(null, null, null, Category.PRODUCT_DEFECT, Channel.WEB_FORM, null, null, null, 0, 0),
                new FindWorkQueue(null, null, null, null, null, true, null, null, 0, 0),
                new FindWorkQueue(null, null, null, null, null, false, days(10).plusSeconds(1), null, 0, 0),
                new FindWorkQueue(null, ComplaintStatus.UNDER_REVIEW, null, null, null, false, null, "warehouse", 0, 0),
                new FindWorkQueue(null, null, null, null, null, null, null, null, "morgan", 0, 0),
                new FindWorkQueue(null, null, null, null, null, null, null, "pharmacy", "morgan", 0, 0),
                new FindWorkQueue(null, null, null, null, null, null, null, "warehouse", "sam", 0, 0));
        List<QueueDocument> stored = repository.findAll();
        for (FindWorkQueue find : filters) {
            QueueFilter filter = new QueueFilter(find, now);
            assertThat(new HashSet<>(ids(at(now).handle(find)))).as(find.toString()).isEqualTo(new HashSet<>(
                    stored.stream().filter(q -> filter.matches(QueueFilter.Row.of(q))).map(q -> q.id).toList()));
        }
    }

    @Test
    void pagesWithADefaultSizeAndNeverMoreThanAHundred() {
        List<QueueDocument> many = new ArrayList<>();
        for (int n = 0; n < 125; n++) {
            many.add(entry("p-%03d".formatted(n), Stage.ONE, ComplaintStatus.UNDER_INVESTIGATION, Category.OTHER,
                    Channel.EMAIL, "carol", days(30).plusSeconds(n)));
        }
        repository.saveAll(many);
        QueueQueryHandler queue = at(days(0));

        WorkQueuePage defaults = queue.handle(new FindWorkQueue(null, null, "carol", null, null, null, null, null, 0, 0));
        assertThat(defaults.items()).hasSize(20);
        assertThat(defaults.size()).isEqualTo(20);
        assertThat(defaults.total()).isEqualTo(125);

        WorkQueuePage first = queue.handle(new FindWorkQueue(null, null, "carol", null, null, null, null, null, 0, 1000));
        WorkQueuePage second = queue.handle(new FindWorkQueue(null, null, "carol", null, null, null, null, null, 1, 1000));
        assertThat(first.size()).isEqualTo(100);
        assertThat(first.items()).hasSize(100);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.items()).hasSize(25);
        assertThat(second.total()).isEqualTo(125);
        List<String> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertThat(both).hasSize(125).doesNotHaveDuplicates().isSorted();
        assertThat(new HashSet<>(both)).hasSize(125);

        WorkQueuePage third = queue.handle(new FindWorkQueue(null, null, "carol", null, null, null, null, null, 3, 50));
        assertThat(ids(third)).isEmpty();
        assertThat(third.total()).isEqualTo(125);
        assertThat(queue.handle(new FindWorkQueue(null, null, "carol", null, null, null, null, null, -1, 10)).page()).isZero();
    }

    private static QueueDocument entry(String id, Stage stage, ComplaintStatus status, Category category, Channel channel,
                                       String handler, Instant due) {
        QueueDocument entry = new QueueDocument();
        entry.id = id;
        entry.lastSequence = 3;
        entry.reference = "REF-" + id;
        entry.stage = stage;
        entry.status = status;
        entry.category = category;
        entry.channel = channel;
        entry.handler = handler;
        if (due != null) {
            entry.deadlines.add(new QueueDocument.Deadline(STAGE_ONE_RESOLUTION, null, due, due, due.minusSeconds(86_400),
                    null, null));
            entry.nextDue = due;
            entry.deadlineRunning = true;
        }
        entry.queueOrder = QueueOrder.of(entry.nextDue, id);
        return entry;
    }

    /** An escalation under review, forwarded to Morgan Price of {@code department} as the head typed it. */
    private static QueueDocument reviewed(String id, String department) {
        QueueDocument entry = entry(id, Stage.TWO, ComplaintStatus.UNDER_REVIEW, Category.SERVICE, Channel.EMAIL, null,
                days(30));
        entry.reviewManager = "Morgan Price";
        entry.reviewDepartment = department;
        entry.reviewDepartmentKey = QueueFilter.departmentKey(department);
        return entry;
    }

    private static FindWorkQueue review(String department) {
        return new FindWorkQueue(null, ComplaintStatus.UNDER_REVIEW, null, null, null, null, null, department, 0, 0);
    }

    private static QueueQueryHandler at(Instant now) {
        return new QueueQueryHandler(mongo, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static FindWorkQueue all() {
        return new FindWorkQueue(null, null, null, null, null, null, null, null, 0, 0);
    }

    private static List<String> ids(WorkQueuePage page) {
        return page.items().stream().map(WorkQueueItemSummary::complaintId).toList();
    }

    private static WorkQueueItemSummary item(WorkQueuePage page, String id) {
        return page.items().stream().filter(item -> item.complaintId().equals(id)).findFirst().orElseThrow();
    }
}
