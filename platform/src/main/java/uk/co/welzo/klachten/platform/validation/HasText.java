package uk.co.welzo.klachten.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text has a character that shows, by {@link uk.co.welzo.klachten.api.Text#isBlank} — the meaning of blank
 * the value objects and the aggregate enforce, where {@code @NotBlank} only trims ASCII control characters and
 * spaces. Null is left to {@code @NotNull}/{@code @NotBlank} (kept beside it for the OpenAPI document); the message
 * is {@code @NotBlank}'s, so an empty text refused by both is named once.
 */
@Documented
@Constraint(validatedBy = HasTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface HasText {

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
