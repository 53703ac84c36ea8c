package uk.co.welzo.klachten.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.co.welzo.klachten.api.Text;

/** Checks {@link HasText}; null is valid here, as for every Bean Validation constraint but the null ones. */
public class HasTextValidator implements ConstraintValidator<HasText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Text.hasText(value);
    }
}
