package uk.co.welzo.klachten.web.form;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.EmailAddresses;

/**
 * The form's checks, with the API's length caps ({@code ComplaintRequests} on the command side) so that nothing the
 * page accepts is refused later; each failure is a message code next to its field. The page repeats the simple ones
 * as HTML attributes (required, maxlength, type=email) so most mistakes never leave the browser.
 */
final class ComplaintFormRules {

    static final int NAME = 200;
    static final int EMAIL = 254;
    static final int PHONE = 40;
    static final int ORDER_NUMBER = 64;
    static final int PRODUCT = 200;
    /** The API's 10,000 less room for the line that records the contact preference. */
    static final int DESCRIPTION = 9_900;

    /** The aggregate's own rule, so that an address the page accepts is never refused later. */
    private static final Pattern EMAIL_FORM = EmailAddresses.FORM;
    private static final Pattern PHONE_FORM = Pattern.compile("\\+?[0-9()\\-.\\s]*");
    private static final int PHONE_DIGITS = 6;

    private ComplaintFormRules() {
    }

    static void check(ComplaintForm form, Errors errors) {
        required(errors, "name", form.getName(), NAME);
        optional(errors, "orderNumber", form.getOrderNumber(), ORDER_NUMBER);
        optional(errors, "product", form.getProduct(), PRODUCT);
        required(errors, "description", form.getDescription(), DESCRIPTION);
        if (form.getCategory() == null && !errors.hasFieldErrors("category")) {
            errors.rejectValue("category", "complaint.category.required");
        }
        boolean email = contact(errors, "email", form.getEmail(), EMAIL, EMAIL_FORM);
        boolean phone = contact(errors, "phone", form.getPhone(), PHONE, PHONE_FORM) && hasDigits(form.getPhone());
        if (Text.hasText(form.getPhone()) && !errors.hasFieldErrors("phone") && !phone) {
            errors.rejectValue("phone", "complaint.phone.form");
        }
        if (form.getContactBy() == null && !errors.hasFieldErrors("contactBy")) {
            errors.rejectValue("contactBy", "complaint.contactBy.required");
        } else if (form.getContactBy() == ContactPreference.EMAIL && Text.isBlank(form.getEmail())) {
            errors.rejectValue("email", "complaint.email.neededForContact");
        } else if (form.getContactBy() == ContactPreference.PHONE && Text.isBlank(form.getPhone())) {
            errors.rejectValue("phone", "complaint.phone.neededForContact");
        }
        if (Text.isBlank(form.getEmail()) && Text.isBlank(form.getPhone()) && !errors.hasFieldErrors("email")
                && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("email", "complaint.email.orPhone");
        }
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (Text.isBlank(value)) {
            errors.rejectValue(field, "complaint." + field + ".required");
        } else {
            optional(errors, field, value, max);
        }
    }

    private static void optional(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "complaint.tooLong", new Object[] {max}, null);
        }
    }

    /** True when a usable value is given; a malformed or overlong one is rejected. */
    private static boolean contact(Errors errors, String field, String value, int max, Pattern form) {
        if (Text.isBlank(value)) {
            return false;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.rejectValue(field, "complaint.tooLong", new Object[] {max}, null);
            return false;
        }
        if (!form.matcher(stripped).matches()) {
            errors.rejectValue(field, "complaint." + field + ".form");
            return false;
        }
        return true;
    }

    private static boolean hasDigits(String phone) {
        return phone.chars().filter(Character::isDigit).count() >= PHONE_DIGITS;
    }
}
