package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.command.EraseComplainantData;
import uk.co.welzo.klachten.api.complaint.command.PlaceLegalHold;
import uk.co.welzo.klachten.api.complaint.command.ReleaseLegalHold;
import uk.co.welzo.klachten.api.complaint.command.SendLetter;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldPlaced;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldReleased;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.api.dataprotection.RetentionPolicy;

/** R8.2: retention after the end, erasure on request or by the retention clock, and the legal hold that stops it. */
class DataProtectionTest {

    private static final Actor DPO = new Actor("dpo");
    private static final Set<Role> DPO_ROLES = Set.of(Role.DATA_PROTECTION_OFFICER);
    private static final Actor RETENTION_CLOCK = new Actor("retention-clock");
    private static final String REQUEST = "DPO-2026-017";
    private static final String HOLD_REASON = "Claim issued in the county court";
    private static final String RELEASE_REASON = "Claim settled";
    private static final Duration DAY = Duration.ofDays(1);

    // ---- retention scheduled when the complaint ends ---------------------------------------------------------------

    @Test
    @DisplayName("R8.2 a closure schedules erasure six years after it, London time, under the recorded policy")
    void closureSchedulesRetention() {
        fixture().given(resolvedAtStageOne())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectEvents(closed(ClosureReason.ACCEPTED_BY_CUSTOMER),
                        new RetentionScheduled(ID, Instant.parse("2032-12-24T10:00:00Z"), RETENTION_POLICY, NOW, NOW,
                                ACTOR));
    }

    @Test
    @DisplayName("R8.2 a lapsed escalation window's closure schedules retention too")
    void lapseClosureSchedulesRetention() {
        fixture().given(windowEndingNow())
                .when(close(ClosureReason.ESCALATION_WINDOW_LAPSED))
                .expectEvents(closed(ClosureReason.ESCALATION_WINDOW_LAPSED), retentionScheduled());
    }

    @Test
    @DisplayName("R8.2 a withdrawal schedules retention from the moment it happened")
    void withdrawalSchedulesRetention() {
        fixture().given(underInvestigation())
                .when(withdraw())
                .expectEvents(withdrawn("Sorted it out with the courier"), retentionScheduled());
    }

    @Test
    @DisplayName("R8.2 retention counts London wall-clock time: ended at 10:00 GMT, erased at 10:00 BST (09:00Z)")
    void retentionCountsLondonTimeAcrossAClockChange() {
        RetentionPolicy sixMonths = new RetentionPolicy(Period.ofMonths(6), LONDON);
        fixture(NOW, sixMonths).given(resolvedAtStageOne())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectEvents(closed(ClosureReason.ACCEPTED_BY_CUSTOMER),
                        new RetentionScheduled(ID, Instant.parse("2027-06-24T09:00:00Z"),
                                "personal-data-P6M-after-end", NOW, NOW, ACTOR));
    }

    @Test
    @DisplayName("R8.2 a complaint that ends under a legal hold gets its retention scheduled as normal")
    void endingUnderAHoldSchedulesRetention() {
        fixture().given(plus(resolvedAtStageOne(), held(NOW)))
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectEvents(closed(ClosureReason.ACCEPTED_BY_CUSTOMER), retentionScheduled());
    }

    // ---- erasure ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("R8.2 the data-protection officer erases a closed complaint's personal data on a lawful request")
    void officerErasesAClosedComplaint() {
        Instant now = NOW.plus(DAY);
        fixture(now).given(closedHistory())
                .when(eraseByOfficer())
                .expectEvents(new PersonalDataErased(ID, ErasureGround.CONSENT_WITHDRAWN, Requester.DATA_SUBJECT, REQUEST,
                        now, now, DPO));
    }

    @Test
    @DisplayName("R8.2 the data-protection officer erases a withdrawn complaint's personal data")
    void officerErasesAWithdrawnComplaint() {
        fixture().given(withdrawnHistory())
                .when(eraseByOfficer())
                .expectEvents(erased(NOW));
    }

    @Test
    @DisplayName("R8.2 the retention clock erases once the retention period has passed, exactly at eraseAfter")
    void retentionClockErasesWhenDue() {
        fixture(ERASE_AFTER).given(closedHistory())
                .when(eraseByRetentionClock())
                .expectEvents(new PersonalDataErased(ID, ErasureGround.RETENTION_PERIOD_ENDED,
                        Requester.RETENTION_POLICY, "retention policy", ERASE_AFTER, ERASE_AFTER, RETENTION_CLOCK));
    }

    @Test
    @DisplayName("R8.2 the retention clock is refused before eraseAfter (RETENTION_NOT_DUE)")
    void retentionClockRefusedBeforeDue() {
        fixture(ERASE_AFTER.minusSeconds(1)).given(closedHistory())
                .when(eraseByRetentionClock())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.RETENTION_NOT_DUE));
    }

    @Test
    @DisplayName("R8.2 a complaint that ended before retention was recorded is erased six years after its end")
    void legacyEndedComplaintIsErasedFromItsEnd() {
        List<Object> endedBeforeThisRelease = plus(resolvedAtStageOne(), closed(ClosureReason.ACCEPTED_BY_CUSTOMER));
        fixture(ERASE_AFTER.minusSeconds(1)).given(endedBeforeThisRelease)
                .when(eraseByRetentionClock())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.RETENTION_NOT_DUE));
        fixture(ERASE_AFTER).given(endedBeforeThisRelease)
                .when(eraseByRetentionClock())
                .expectEvents(new PersonalDataErased(ID, ErasureGround.RETENTION_PERIOD_ENDED,
                        Requester.RETENTION_POLICY, "retention policy", ERASE_AFTER, ERASE_AFTER, RETENTION_CLOCK));
    }

    @Test
    @DisplayName("R8.2 an erasure by anyone but the data-protection officer is refused")
    void erasureByAnAgentRefused() {
        fixture().given(closedHistory())
                .when(new EraseComplainantData(ID, ErasureGround.CONSENT_WITHDRAWN, Requester.DATA_SUBJECT, REQUEST,
                        ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.DATA_PROTECTION_OFFICER_REQUIRED));
    }

    @Test
    @DisplayName("R8.2 only the retention ground by the retention policy passes without the officer's role")
    void retentionRequesterOnAnotherGroundNeedsTheOfficer() {
        fixture(ERASE_AFTER).given(closedHistory())
                .when(new EraseComplainantData(ID, ErasureGround.NO_LONGER_NECESSARY, Requester.RETENTION_POLICY,
                        REQUEST, RETENTION_CLOCK, Set.of()))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.DATA_PROTECTION_OFFICER_REQUIRED));
    }

    @Test
    @DisplayName("R8.2 a complaint still being handled is not erased (COMPLAINT_NOT_ENDED)")
    void erasureOfAnOpenComplaintRefused() {
        fixture().given(resolvedAtStageOne())
                .when(eraseByOfficer())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_ENDED));
    }

    @Test
    @DisplayName("R8.2 an erasure request on a held complaint is refused (LEGAL_HOLD_IN_FORCE)")
    void erasureUnderAHoldRefused() {
        fixture().given(plus(closedHistory(), held(NOW)))
                .when(eraseByOfficer())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.LEGAL_HOLD_IN_FORCE));
    }

    @Test
    @DisplayName("R8.2 the retention clock never erases a held complaint, even when due")
    void retentionClockRefusedUnderAHold() {
        fixture(ERASE_AFTER.plus(DAY)).given(plus(closedHistory(), held(NOW)))
                .when(eraseByRetentionClock())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.LEGAL_HOLD_IN_FORCE));
    }

    @Test
    @DisplayName("R8.2 erasing again emits nothing: a repeated request or clock scan changes nothing")
    void erasingAgainEmitsNothing() {
        fixture(ERASE_AFTER).given(plus(closedHistory(), erased(NOW)))
                .when(eraseByRetentionClock())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture().given(plus(closedHistory(), erased(NOW)))
                .when(eraseByOfficer())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R8.2 an erasure names its request reference")
    void erasureWithoutReferenceRefused() {
        fixture().given(closedHistory())
                .when(new EraseComplainantData(ID, ErasureGround.CONSENT_WITHDRAWN, Requester.DATA_SUBJECT, " ", DPO,
                        DPO_ROLES))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.INVALID_INPUT), naming("requestReference")));
    }

    @Test
    @DisplayName("R8.2 an erasure names its lawful ground")
    void erasureWithoutGroundRefused() {
        fixture().given(closedHistory())
                .when(new EraseComplainantData(ID, null, Requester.DATA_SUBJECT, "DSR-1", DPO, DPO_ROLES))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.INVALID_INPUT), naming("ground")));
    }

    @Test
    @DisplayName("R8.2 an erasure says who asked for it")
    void erasureWithoutRequesterRefused() {
        fixture().given(closedHistory())
                .when(new EraseComplainantData(ID, ErasureGround.CONSENT_WITHDRAWN, null, "DSR-1", DPO, DPO_ROLES))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.INVALID_INPUT), naming("requester")));
    }

    // ---- legal hold ------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("R8.2 the data-protection officer places a legal hold, on an open or an ended complaint")
    void officerPlacesAHold() {
        fixture().given(underInvestigation())
                .when(place("  " + HOLD_REASON + " "))
                .expectEvents(held(NOW));
        fixture().given(closedHistory())
                .when(place(HOLD_REASON))
                .expectEvents(held(NOW));
    }

    @Test
    @DisplayName("R8.2 a legal hold by anyone but the data-protection officer is refused")
    void holdByAnAgentRefused() {
        fixture().given(closedHistory())
                .when(new PlaceLegalHold(ID, HOLD_REASON, ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.DATA_PROTECTION_OFFICER_REQUIRED));
        fixture().given(plus(closedHistory(), held(NOW)))
                .when(new ReleaseLegalHold(ID, RELEASE_REASON, ACTOR, HEAD_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.DATA_PROTECTION_OFFICER_REQUIRED));
    }

    @Test
    @DisplayName("R8.2 a legal hold and its release say why")
    void holdWithoutReasonRefused() {
        fixture().given(closedHistory())
                .when(place(" "))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.INVALID_INPUT), naming("reason")));
        fixture().given(plus(closedHistory(), held(NOW)))
                .when(release(null))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.INVALID_INPUT), naming("reason")));
    }

    @Test
    @DisplayName("R8.2 a second legal hold is refused (LEGAL_HOLD_ALREADY_PLACED)")
    void secondHoldRefused() {
        fixture().given(plus(closedHistory(), held(NOW)))
                .when(place(HOLD_REASON))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.LEGAL_HOLD_ALREADY_PLACED));
    }

    @Test
    @DisplayName("R8.2 releasing without a hold is refused (NO_LEGAL_HOLD)")
    void releaseWithoutHoldRefused() {
        fixture().given(closedHistory())
                .when(release(RELEASE_REASON))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NO_LEGAL_HOLD));
    }

    @Test
    @DisplayName("R8.2 no hold is placed or released once the personal data is erased")
    void holdAfterErasureRefused() {
        fixture().given(plus(closedHistory(), erased(NOW)))
                .when(place(HOLD_REASON))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.PERSONAL_DATA_ALREADY_ERASED));
        fixture().given(plus(closedHistory(), erased(NOW)))
                .when(release(RELEASE_REASON))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.PERSONAL_DATA_ALREADY_ERASED));
    }

    @Test
    @DisplayName("R8.2 a hold placed after the end moves eraseAfter on by the time it was in force")
    void releaseMovesEraseAfterByTheHeldTime() {
        Instant placedAt = NOW.plus(Duration.ofDays(30));
        Instant releasedAt = placedAt.plus(Duration.ofDays(100)).plusSeconds(7);
        fixture(releasedAt).given(plus(closedHistory(), held(placedAt)))
                .when(release(RELEASE_REASON))
                .expectEvents(new LegalHoldReleased(ID, RELEASE_REASON,
                        ERASE_AFTER.plus(Duration.ofDays(100)).plusSeconds(7), releasedAt, releasedAt, DPO));
    }

    @Test
    @DisplayName("R8.2 a hold placed before the end stopped the clock only from the end")
    void releaseAfterEndingUnderAHoldCountsFromTheEnd() {
        Instant placedAt = NOW.minus(Duration.ofDays(10));
        Instant releasedAt = NOW.plus(Duration.ofDays(20));
        List<Object> history = plus(resolvedAtStageOne(), held(placedAt), closed(ClosureReason.ACCEPTED_BY_CUSTOMER),
                retentionScheduled());
        fixture(releasedAt).given(history)
                .when(release(RELEASE_REASON))
                .expectEvents(new LegalHoldReleased(ID, RELEASE_REASON, ERASE_AFTER.plus(Duration.ofDays(20)),
                        releasedAt, releasedAt, DPO));
    }

    @Test
    @DisplayName("R8.2 releasing a hold on an open complaint starts no clock: eraseAfter is null")
    void releaseOnAnOpenComplaintHasNoEraseAfter() {
        Instant releasedAt = NOW.plus(DAY);
        fixture(releasedAt).given(plus(underInvestigation(), held(NOW)))
                .when(release(RELEASE_REASON))
                .expectEvents(new LegalHoldReleased(ID, RELEASE_REASON, null, releasedAt, releasedAt, DPO));
    }

    @Test
    @DisplayName("R8.2 a complaint that ended before this release: the hold moves the eraseAfter computed from its end")
    void releaseOnALegacyEndedComplaint() {
        Instant releasedAt = NOW.plus(Duration.ofDays(3));
        fixture(releasedAt).given(plus(resolvedAtStageOne(), closed(ClosureReason.ACCEPTED_BY_CUSTOMER), held(NOW)))
                .when(release(RELEASE_REASON))
                .expectEvents(new LegalHoldReleased(ID, RELEASE_REASON, ERASE_AFTER.plus(Duration.ofDays(3)),
                        releasedAt, releasedAt, DPO));
    }

    @Test
    @DisplayName("R8.2 after the release the retention clock erases at the moved eraseAfter, not before")
    void retentionClockFollowsTheRelease() {
        Instant moved = ERASE_AFTER.plus(Duration.ofDays(5));
        List<Object> history = plus(closedHistory(), held(NOW),
                new LegalHoldReleased(ID, RELEASE_REASON, moved, NOW.plus(Duration.ofDays(5)),
                        NOW.plus(Duration.ofDays(5)), DPO));
        fixture(moved.minusSeconds(1)).given(history)
                .when(eraseByRetentionClock())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.RETENTION_NOT_DUE));
        fixture(moved).given(history)
                .when(eraseByRetentionClock())
                .expectEvents(new PersonalDataErased(ID, ErasureGround.RETENTION_PERIOD_ENDED,
                        Requester.RETENTION_POLICY, "retention policy", moved, moved, RETENTION_CLOCK));
    }

    // ---- nothing personal is added after erasure ------------------------------------------------------------------

    @Test
    @DisplayName("R8.2 no customer communication is recorded once the personal data is erased")
    void communicationAfterErasureRefused() {
        fixture().given(plus(closedHistory(), erased(NOW)))
                .when(communicate(COMMUNICATION, Direction.INBOUND, SUMMARY))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.PERSONAL_DATA_ALREADY_ERASED));
    }

    @Test
    @DisplayName("R8.2 no letter is written once the personal data is erased")
    void letterAfterErasureRefused() {
        fixture().given(plus(closedHistory(), erased(NOW)))
                .when(new SendLetter(ID, COMMUNICATION, LetterKind.STAGE_ONE_OUTCOME, "Our findings", null, null, null,
                        ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.PERSONAL_DATA_ALREADY_ERASED));
    }

    @Test
    @DisplayName("R8.2 lodging again under an erased complaint's id is refused")
    void lodgingAgainAfterErasureRefused() {
        fixture().given(plus(closedHistory(), erased(NOW)))
                .when(lodge())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.PERSONAL_DATA_ALREADY_ERASED));
    }

    @Test
    @DisplayName("R8.2 an external referral (no personal data) is still recorded after erasure")
    void referralAfterErasureRecorded() {
        fixture().given(plus(closedHistory(), erased(NOW)))
                .when(refer(OMBUDSMAN))
                .expectEvents(referred(OMBUDSMAN));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static EraseComplainantData eraseByOfficer() {
        return new EraseComplainantData(ID, ErasureGround.CONSENT_WITHDRAWN, Requester.DATA_SUBJECT, REQUEST, DPO,
                DPO_ROLES);
    }

    private static EraseComplainantData eraseByRetentionClock() {
        return new EraseComplainantData(ID, ErasureGround.RETENTION_PERIOD_ENDED, Requester.RETENTION_POLICY,
                "retention policy", RETENTION_CLOCK, Set.of());
    }

    private static PersonalDataErased erased(Instant at) {
        return new PersonalDataErased(ID, ErasureGround.CONSENT_WITHDRAWN, Requester.DATA_SUBJECT, REQUEST, at, at, DPO);
    }

    private static PlaceLegalHold place(String reason) {
        return new PlaceLegalHold(ID, reason, DPO, DPO_ROLES);
    }

    private static ReleaseLegalHold release(String reason) {
        return new ReleaseLegalHold(ID, reason, DPO, DPO_ROLES);
    }

    private static LegalHoldPlaced held(Instant at) {
        return new LegalHoldPlaced(ID, HOLD_REASON, at, at, DPO);
    }
}
