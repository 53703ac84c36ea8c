package uk.co.welzo.klachten.api.dataprotection;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The retention policy in force (R8.2): personal data is kept for {@code personalData} after the complaint ended,
 * counted on the London calendar (six years after 10:00 on 24 December is 10:00 London time on that date six years on,
 * whatever the clock changes in between). Its {@link #version()} is recorded with every moment it computes, as every
 * policy is, so a later change never moves a moment already scheduled. The command side decides with it; the
 * retention clock computes with it the moment for complaints that ended before it was recorded.
 */
public record RetentionPolicy(Period personalData, ZoneId zone) {

    public RetentionPolicy {
        Objects.requireNonNull(personalData, "personalData");
        if (personalData.isNegative() || personalData.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive, was " + personalData);
        }
        Objects.requireNonNull(zone, "zone");
    }

    /** When the personal data of a complaint that ended at {@code endedAt} is erased. */
    public Instant eraseAfter(Instant endedAt) {
        return endedAt.atZone(zone).plus(personalData).toInstant();
    }

    /** A readable name of this policy, such as {@code personal-data-P6Y-after-end}. */
    public String version() {
        return "personal-data-" + personalData + "-after-end";
    }
}
