package uk.co.welzo.klachten.command.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.command.ExpectedVersion;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;

/**
 * A command sent with the version its sender read (If-Match) is refused when the complaint moved on since, with what
 * happened after that version; any later event counts, whatever it is. Versions are sequence numbers: lodged is 0.
 */
class ExpectedVersionTest {

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
        fixture.registerCommandTargetResolver(ExpectedVersions::target);
        fixture.registerCommandHandlerInterceptor(new ExpectedVersions(fixture.getEventStore()));
    }

    @Test
    @DisplayName("a command at the version the complaint is at applies as without one")
    void appliesAtTheCurrentVersion() {
        fixture.given(lodged(), acknowledged())
                .when(assign("dave.smith"), at(1))
                .expectEvents(assigned("dave.smith", null));
    }

    @Test
    @DisplayName("a command without an expected version applies to the complaint as it is now")
    void appliesWithoutAnExpectedVersion() {
        fixture.given(lodged(), acknowledged(), assigned("dave.smith", null))
                .when(note("Called the customer"))
                .expectEvents(noted("Called the customer"));
    }

    @Test
    @DisplayName("a command at an older version is refused with every event after it, in the timeline's words")
    void refusesAStaleVersionWithWhatChanged() {
        fixture.given(lodged(), acknowledged(), assigned("dave.smith", null))
                .when(note("Called the customer"), at(0))
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(changed(detail -> {
                    assertThat(detail.message()).isEqualTo(
                            "complaint " + ID + " has changed since version 0: it is at version 2");
                    assertThat(detail.changes()).extracting(TimelineEntry::sequence, TimelineEntry::type)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "ComplaintAcknowledged"),
                                    org.assertj.core.groups.Tuple.tuple(2L, "ComplaintAssigned"));
                    assertThat(detail.changes().get(1).summary()).isEqualTo("Assigned to dave.smith");
                }));
    }

    @Test
    @DisplayName("the change is told before the rule it now breaks: a stale caller learns first that it is stale")
    void refusesAStaleVersionBeforeTheBrokenRule() {
        fixture.given(lodged(), acknowledged(), withdrawn("Sorted it out"))
                .when(assign("dave.smith"), at(1))
                .expectNoEvents()
                .expectExceptionDetails(changed(detail -> assertThat(detail.changes())
                        .extracting(TimelineEntry::type).containsExactly("ComplaintWithdrawn")));
    }

    @Test
    @DisplayName("a version the complaint never reached is refused, with nothing to tell")
    void refusesAVersionNeverReached() {
        fixture.given(lodged())
                .when(assign("dave.smith"), at(5))
                .expectNoEvents()
                .expectExceptionDetails(changed(detail -> {
                    assertThat(detail.message()).startsWith("complaint " + ID + " has had no version 5");
                    assertThat(detail.changes()).isEmpty();
                }));
    }

    private static Map<String, ?> at(long version) {
        return new ExpectedVersion(version).metaData();
    }

    /** Matches a COMPLAINT_CHANGED detail that also passes {@code check}. */
    private static BaseMatcher<Object> changed(java.util.function.Consumer<ErrorDetail> check) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                if (!(actual instanceof ErrorDetail detail) || detail.code() != ErrorCode.COMPLAINT_CHANGED) {
                    return false;
                }
                check.accept(detail);
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("COMPLAINT_CHANGED with its changes");
            }
        };
    }
}
