package uk.co.welzo.klachten.query.cases;

import java.time.Instant;
import java.util.Random;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.platform.problem.Refused;
import uk.co.welzo.klachten.query.MongoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The controller's answers over a real query bus and read model (HTTP and security belong to platform's tests). */
@ExtendWith(MongoTestServer.class)
class CaseControllerTest {

    private static final ReferenceNumber REFERENCE = ReferenceNumber.random(new Random(42));
    private static CaseController controller;

    @BeforeAll
    static void lodgeOneComplaint(MongoTemplate mongo) throws Exception {
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new CaseProjection(mongo));
        projection.prepareReset();
        Instant now = Instant.parse("2025-03-03T09:00:00Z");
        projection.handle(new GenericDomainEventMessage<>("Complaint", "web-1", 0, new ComplaintLodged(
                ComplaintId.of("web-1"), REFERENCE, Channel.PHONE, Category.BILLING_AND_PAYMENT,
                new Complainant("Sam Lee", null, null, null), "Charged twice", null, null, now, now,
                now.plusSeconds(172_800), now.plusSeconds(129_600), "2025.1", new Actor("agent"))));

        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new CaseQueryHandler(
                new MongoRepositoryFactory(mongo).getRepository(CaseRepository.class))).subscribe(bus);
        controller = new CaseController(DefaultQueryGateway.builder().queryBus(bus).build());
    }

    @Test
    void findsACaseByIdAndByTheReferenceAsACustomerTypesIt() {
        assertThat(controller.byId("web-1", new MockHttpServletResponse()).reference()).isEqualTo(REFERENCE.value());
        String typed = " " + REFERENCE.value().replace("-", "").toLowerCase() + " ";
        assertThat(controller.byReference(typed, new MockHttpServletResponse()).complaintId()).isEqualTo("web-1");
    }

    @Test
    void answersTheVersionItReflectsInTheViewAndAsAStrongEntityTag() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(controller.byId("web-1", response).version()).isZero();
        assertThat(response.getHeader("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void refusesAnUnknownComplaintAsNotFound() {
        assertThatThrownBy(() -> controller.byId("nobody", new MockHttpServletResponse()))
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.detail().code()).isEqualTo(ErrorCode.COMPLAINT_NOT_FOUND));
        assertThatThrownBy(() -> controller.byReference(ReferenceNumber.random(new Random(7)).value(), new MockHttpServletResponse()))
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.detail().code()).isEqualTo(ErrorCode.COMPLAINT_NOT_FOUND));
    }

    @Test
    void rejectsAMistypedReferenceWithoutLookingItUp() {
        String value = REFERENCE.value();
        char last = value.charAt(value.length() - 1);
        String mistyped = value.substring(0, value.length() - 1) + (last == '0' ? '1' : '0');
        assertThatThrownBy(() -> controller.byReference(mistyped, new MockHttpServletResponse()))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.detail().code()).isEqualTo(ErrorCode.INVALID_REFERENCE_NUMBER);
                    assertThat(refused.detail().field()).isEqualTo("reference");
                });
    }

    @Test
    void rejectsAMalformedComplaintIdAsBadInput() {
        assertThatThrownBy(() -> controller.byId("-not an id-", new MockHttpServletResponse()))
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.detail()).extracting("code", "field")
                                .containsExactly(ErrorCode.INVALID_INPUT, "complaintId"));
    }
}
