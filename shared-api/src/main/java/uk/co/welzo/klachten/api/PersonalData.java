package uk.co.welzo.klachten.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event's component as personal data of the complaint's complainant, the data subject (R8.2): the customer's
 * name and contact details, and every free text written about the case, which may name them. The one place that says
 * what is personal: the event store keeps each string inside such a component encrypted under the subject's own key
 * (platform {@code dataprotection}), the chain digests it with that key, and once the key is erased every reader sees
 * {@link #ERASED} instead. The facts (dates, deadlines, outcome, root cause, category, product) are never marked, so
 * they survive erasure with every statistic built from them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    /** What a reader sees in place of each text of an erased person. */
    String ERASED = "[personal data erased]";
}
