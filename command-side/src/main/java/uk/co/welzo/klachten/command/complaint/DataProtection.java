package uk.co.welzo.klachten.command.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.dataprotection.RetentionPolicy;

/**
 * What R8.2 keeps of a complaint: when it ended, when its personal data is erased under the retention policy, the
 * legal hold in force (since when) and when the data was erased. {@link #NONE} until the complaint ends or a hold is
 * placed. A complaint that ended before the retention policy was recorded in events has no {@code eraseAfter}: it is
 * computed from when it ended, under the policy now in force, as the event would have said.
 */
record DataProtection(Instant endedAt, Instant eraseAfter, Instant heldSince, Instant erasedAt) {

    static final DataProtection NONE = new DataProtection(null, null, null, null);

    /** Only the data-protection officer erases, places or releases a hold; the edge says so too. */
    static void requireOfficer(ComplaintId id, Set<Role> roles, String step) {
        if (roles == null || !roles.contains(Role.DATA_PROTECTION_OFFICER)) {
            throw ComplaintRuleBroken.of(ErrorCode.DATA_PROTECTION_OFFICER_REQUIRED, step, id);
        }
    }

    boolean erased() {
        return erasedAt != null;
    }

    /** Nothing of an erased person is added again: no text about them, no hold on data that is gone. */
    void requireNotErased(ComplaintId id) {
        if (erased()) {
            throw ComplaintRuleBroken.of(ErrorCode.PERSONAL_DATA_ALREADY_ERASED, id, erasedAt);
        }
    }

    void requireNotHeld(ComplaintId id) {
        if (heldSince != null) {
            throw ComplaintRuleBroken.of(ErrorCode.LEGAL_HOLD_IN_FORCE, id, heldSince);
        }
    }

    void requireNoHold(ComplaintId id) {
        if (heldSince != null) {
            throw ComplaintRuleBroken.of(ErrorCode.LEGAL_HOLD_ALREADY_PLACED, id, heldSince);
        }
    }

    void requireHold(ComplaintId id) {
        if (heldSince == null) {
            throw ComplaintRuleBroken.of(ErrorCode.NO_LEGAL_HOLD, id);
        }
    }

    /** The retention clock erases only once the retention period after the end has passed. */
    void requireRetentionOver(ComplaintId id, RetentionPolicy policy, Instant now) {
        Instant due = eraseAfter(policy);
        if (due == null || now.isBefore(due)) {
            throw ComplaintRuleBroken.of(ErrorCode.RETENTION_NOT_DUE, id, due, now);
        }
    }

    /** When the personal data is erased, or null while the complaint has not ended. */
    Instant eraseAfter(RetentionPolicy policy) {
        if (eraseAfter != null || endedAt == null) {
            return eraseAfter;
        }
        return policy.eraseAfter(endedAt);
    }

    /**
     * The hold stopped the retention clock from when it was placed, or from the end if it was placed earlier; the
     * release at {@code now} moves the moment on by that time. Null while the complaint has not ended.
     */
    Instant eraseAfterReleaseAt(Instant now, RetentionPolicy policy) {
        if (endedAt == null) {
            return null;
        }
        Instant stoppedFrom = heldSince.isAfter(endedAt) ? heldSince : endedAt;
        Duration held = now.isAfter(stoppedFrom) ? Duration.between(stoppedFrom, now) : Duration.ZERO;
        return eraseAfter(policy).plus(held);
    }

    DataProtection ended(Instant at) {
        return new DataProtection(at, eraseAfter, heldSince, erasedAt);
    }

    DataProtection scheduled(Instant at) {
        return new DataProtection(endedAt, at, heldSince, erasedAt);
    }

    DataProtection held(Instant since) {
        return new DataProtection(endedAt, eraseAfter, since, erasedAt);
    }

    DataProtection released(Instant movedTo) {
        return new DataProtection(endedAt, movedTo == null ? eraseAfter : movedTo, null, erasedAt);
    }

    DataProtection erasure(Instant at) {
        return new DataProtection(endedAt, eraseAfter, heldSince, at);
    }
}
