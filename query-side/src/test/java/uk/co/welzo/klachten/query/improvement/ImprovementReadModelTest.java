package uk.co.welzo.klachten.query.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.ProblemKind;
import uk.co.welzo.klachten.api.improvement.event.ComplaintLinkedToAction;
import uk.co.welzo.klachten.api.improvement.event.ComplaintUnlinkedFromAction;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionAgreed;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionCompleted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionRaised;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionStarted;
import uk.co.welzo.klachten.api.improvement.query.FindComplaintImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementAction;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementEffect;
import uk.co.welzo.klachten.api.improvement.query.FindOpenImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionSummary;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionView;
import uk.co.welzo.klachten.api.improvement.query.ImprovementEffectView;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.TrendBucketSummary;
import uk.co.welzo.klachten.api.trends.TrendCountSummary;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;
import uk.co.welzo.klachten.query.MongoTestServer;

/** R6.3: the improvement read model against a real MongoDB wire server, through Axon's annotation adapter. */
@ExtendWith(MongoTestServer.class)
class ImprovementReadModelTest {

    static final Instant T = Instant.parse("2026-11-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final ImprovementActionId ACTION = ImprovementActionId.of("ia-1");
    static final ImprovementActionId OTHER = ImprovementActionId.of("ia-2");
    static final Actor ANALYST = new Actor("analyst");
    static final Actor MANAGER = new Actor("manager");

    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter projection;
    private ImprovementQueryHandler handler;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        projection = new AnnotationEventHandlerAdapter(new ImprovementProjection(mongo));
        projection.prepareReset();
        handler = new ImprovementQueryHandler(mongo, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    static ImprovementActionRaised raised(ImprovementActionId id, ProblemArea problem, String owner, LocalDate due) {
        return new ImprovementActionRaised(id, "Double boxes", problem, "Warehouse", owner, due, T, ANALYST);
    }

    static ComplaintLodged lodged(String id, String reference) {
        return new ComplaintLodged(ComplaintId.of(id), ReferenceNumber.parse(reference), Channel.EMAIL,
                Category.PRODUCT_DEFECT, new Complainant("Ann Example", "ann@example.org", null, null),
                "It broke", null, "BP monitor", T, T, T, T, "policy-1", ANALYST);
    }

    private void deliver(String type, String id, Object... events) throws Exception {
        for (int sequence = 0; sequence < events.length; sequence++) {
            projection.handle(new GenericDomainEventMessage<>(type, id, sequence, events[sequence]));
        }
    }

    /** ia-1: raised, three complaints linked, one unlinked, agreed, started, done; c-1 lodged with its reference. */
    private List<Object> doneStory() {
        return List.of(raised(ACTION, new ProblemArea(ProblemKind.ROOT_CAUSE, " Courier  Damage "), "manager",
                        LocalDate.parse("2026-11-30")),
                new ComplaintLinkedToAction(ACTION, ComplaintId.of("c-1"), "same damage", T.plusSeconds(60), ANALYST),
                new ComplaintLinkedToAction(ACTION, ComplaintId.of("c-2"), "same damage", T.plusSeconds(120), ANALYST),
                new ComplaintLinkedToAction(ACTION, ComplaintId.of("c-3"), "maybe", T.plusSeconds(180), ANALYST),
                new ComplaintUnlinkedFromAction(ACTION, ComplaintId.of("c-3"), "other cause", T.plusSeconds(240), ANALYST),
                new ImprovementActionAgreed(ACTION, T.plusSeconds(300), MANAGER),
                new ImprovementActionStarted(ACTION, T.plusSeconds(360), MANAGER),
                new ImprovementActionCompleted(ACTION, "double boxes", Instant.parse("2026-11-15T10:00:00Z"), MANAGER));
    }

    @Test
    @DisplayName("R6.3 an action shows its state, the moment of each step, the complaints linked now with references, and its history")
    void actionView() throws Exception {
        deliver("Complaint", "c-1", lodged("c-1", "Q1N-19Y-8PN"));
        deliver("ImprovementAction", "improvement-action:ia-1", doneStory().toArray());

        ImprovementActionView view = handler.handle(new FindImprovementAction(ACTION, TODAY)).orElseThrow();
        assertThat(view.state()).isEqualTo(ImprovementState.DONE);
        assertThat(view.problem()).isEqualTo(new ProblemArea(ProblemKind.ROOT_CAUSE, " Courier  Damage "));
        assertThat(view.agreedAt()).isEqualTo(T.plusSeconds(300));
        assertThat(view.doneAt()).isEqualTo(Instant.parse("2026-11-15T10:00:00Z"));
        assertThat(view.whatWasDone()).isEqualTo("double boxes");
        assertThat(view.overdue()).as("done is never overdue").isFalse();
        assertThat(view.complaints()).extracting(c -> c.complaintId() + "/" + c.reference())
                .containsExactly("c-1/Q1N-19Y-8PN", "c-2/null");
        assertThat(view.history()).extracting(step -> step.step()).containsExactly("RAISED", "COMPLAINT_LINKED",
                "COMPLAINT_LINKED", "COMPLAINT_LINKED", "COMPLAINT_UNLINKED", "AGREED", "STARTED", "COMPLETED");
        assertThat(view.history().get(5).actor()).isEqualTo("manager");
        assertThat(view.version()).isEqualTo(7);
    }

    @Test
    @DisplayName("R6.3 the same events twice leave the same document (replay-safe)")
    void sameEventsTwiceLeaveTheSameDocument() throws Exception {
        deliver("ImprovementAction", "improvement-action:ia-1", doneStory().toArray());
        Document once = mongo.getCollection(ImprovementActionDocument.COLLECTION).find(new Document("_id", "ia-1")).first();
        deliver("ImprovementAction", "improvement-action:ia-1", doneStory().toArray());
        Document twice = mongo.getCollection(ImprovementActionDocument.COLLECTION).find(new Document("_id", "ia-1")).first();
        assertThat(twice).isEqualTo(once);
    }

    @Test
    @DisplayName("R6.3 actions are listed by state, by owner, overdue (due before today and open) and due before a date")
    void lists() throws Exception {
        deliver("ImprovementAction", "improvement-action:ia-1", doneStory().toArray());
        deliver("ImprovementAction", "improvement-action:ia-2",
                raised(OTHER, new ProblemArea(ProblemKind.PRODUCT, "BP monitor"), "mo", LocalDate.parse("2026-11-20")));
        deliver("ImprovementAction", "improvement-action:ia-3",
                raised(ImprovementActionId.of("ia-3"), new ProblemArea(ProblemKind.PRODUCT, "Inhaler"), "mo",
                        LocalDate.parse("2027-02-01")));

        assertThat(ids(new FindImprovementActions(null, null, false, null, TODAY))).containsExactly("ia-2", "ia-1", "ia-3");
        assertThat(ids(new FindImprovementActions(ImprovementState.DONE, null, false, null, TODAY))).containsExactly("ia-1");
        assertThat(ids(new FindImprovementActions(null, "mo", false, null, TODAY))).containsExactly("ia-2", "ia-3");
        assertThat(ids(new FindImprovementActions(null, null, true, null, TODAY))).as("ia-1 is past due but done")
                .containsExactly("ia-2");
        assertThat(ids(new FindImprovementActions(ImprovementState.DONE, null, true, null, TODAY))).isEmpty();
        assertThat(ids(new FindImprovementActions(null, null, false, LocalDate.parse("2027-01-01"), TODAY)))
                .containsExactly("ia-2", "ia-1");
        assertThat(handler.handle(new FindImprovementActions(null, null, true, null, TODAY)).get(0).overdue()).isTrue();
    }

    @Test
    @DisplayName("R6.3 a complaint's actions are those it is linked to now; the open ones of a kind are not done, reviewed or dropped")
    void complaintsActionsAndOpenActions() throws Exception {
        deliver("ImprovementAction", "improvement-action:ia-1", doneStory().toArray());
        deliver("ImprovementAction", "improvement-action:ia-2",
                raised(OTHER, new ProblemArea(ProblemKind.ROOT_CAUSE, "Courier damage"), "mo", LocalDate.parse("2027-01-20")),
                new ComplaintLinkedToAction(OTHER, ComplaintId.of("c-3"), "again", T, ANALYST));

        assertThat(summaryIds(handler.handle(new FindComplaintImprovementActions(ComplaintId.of("c-1"), TODAY))))
                .containsExactly("ia-1");
        assertThat(summaryIds(handler.handle(new FindComplaintImprovementActions(ComplaintId.of("c-3"), TODAY))))
                .as("unlinked from ia-1, linked to ia-2").containsExactly("ia-2");
        assertThat(summaryIds(handler.handle(new FindOpenImprovementActions(ProblemKind.ROOT_CAUSE)))).containsExactly("ia-2");
        assertThat(handler.handle(new FindOpenImprovementActions(ProblemKind.PRODUCT))).isEmpty();
    }

    @Test
    @DisplayName("R6.3 the effect review counts the trends' complaints for the problem, as many months before as after done")
    @SuppressWarnings("unchecked")
    void effectFigures() throws Exception {
        deliver("ImprovementAction", "improvement-action:ia-1", doneStory().toArray());
        QueryGateway queries = mock(QueryGateway.class);
        ArgumentCaptor<FindComplaintCounts> asked = ArgumentCaptor.forClass(FindComplaintCounts.class);
        when(queries.query(asked.capture(), any(ResponseType.class))).thenAnswer(call -> {
            FindComplaintCounts find = call.getArgument(0);
            boolean before = find.to().equals(Instant.parse("2026-11-15T10:00:00Z"));
            return CompletableFuture.completedFuture(new ComplaintCountsView(find.dimension(), find.period(), find.from(),
                    find.to(), List.of(new TrendBucketSummary("2026-10", LocalDate.parse("2026-10-01"), 9, List.of(
                            new TrendCountSummary("courier damage", "Courier damage", before ? 4 : 1),
                            new TrendCountSummary("wrong item", "Wrong item", 5))))));
        });
        ImprovementEffects effects = new ImprovementEffects(mongo, queries);

        ImprovementEffectView view = effects.handle(
                new FindImprovementEffect(ACTION, null, Instant.parse("2027-01-20T12:00:00Z"))).orElseThrow();
        assertThat(view.months()).as("whole months since done").isEqualTo(2);
        assertThat(view.before().from()).isEqualTo(Instant.parse("2026-09-15T09:00:00Z"));
        assertThat(view.after().to()).isEqualTo(Instant.parse("2027-01-15T10:00:00Z"));
        assertThat(view.before().complaints()).isEqualTo(4);
        assertThat(view.before().perMonth()).isEqualTo(2.0);
        assertThat(view.after().complaints()).isEqualTo(1);
        assertThat(view.afterComplete()).isTrue();
        assertThat(asked.getAllValues()).allSatisfy(find -> {
            assertThat(find.dimension()).isEqualTo(TrendDimension.ROOT_CAUSE);
            assertThat(find.period()).isEqualTo(TrendPeriod.MONTH);
        });

        ImprovementEffectView early = effects.handle(
                new FindImprovementEffect(ACTION, 6, Instant.parse("2026-12-01T12:00:00Z"))).orElseThrow();
        assertThat(early.months()).isEqualTo(6);
        assertThat(early.afterComplete()).isFalse();
        assertThat(effects.handle(new FindImprovementEffect(OTHER, null, T))).isEmpty();
    }

    private List<String> ids(FindImprovementActions find) {
        return summaryIds(handler.handle(find));
    }

    private static List<String> summaryIds(List<ImprovementActionSummary> summaries) {
        return new ArrayList<>(summaries.stream().map(ImprovementActionSummary::actionId).toList());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R8.2: a complaint's reference holds no personal data: PersonalDataErased changes nothing")
    void erasureChangesNoReference() throws Exception {
        java.util.Map<String, List<Object>> histories = new java.util.LinkedHashMap<>();
        histories.put("ie-1", List.of(lodged("ie-1", "Q1N-19Y-8PN")));
        histories.put("ie-2", List.of(lodged("ie-2", ReferenceNumber.random(new java.util.Random(2)).value())));
        uk.co.welzo.klachten.query.ErasureReplay.Outcome outcome = uk.co.welzo.klachten.query.ErasureReplay
                .assertLiveErasureIsAReplay(projection, histories, "ie-1",
                        () -> mongo.getCollection(ComplaintReferenceDocument.COLLECTION).find()
                                .sort(new org.bson.Document("_id", 1)).into(new java.util.ArrayList<>()));
        assertThat(outcome.live()).isEqualTo(outcome.withoutErasure()).hasSize(2);
    }
}
