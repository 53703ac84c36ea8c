package uk.co.welzo.klachten.web.form;

import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;
import uk.co.welzo.klachten.web.CommandRefusals;

/**
 * Sends the form as the same {@link LodgeComplaint} the REST API sends, and reads the command side's refusals: bad
 * input naming a field goes next to that field, anything else the form cannot help with goes up as an error page.
 */
@Component
class FormLodging {

    /** Who lodges what the public form sends: the form itself, as the intake role lodges for API clients. */
    static final Actor WEB_FORM = new Actor("web-form");

    /** The command's field paths, as the command side names them, onto the form's fields. */
    private static final Map<String, String> FIELDS = Map.of(
            "complainant.name", "name", "complainant.email", "email", "complainant.phone", "phone",
            "complainant", "name", "description", "description", "orderNumber", "orderNumber", "product", "product",
            "category", "category");

    private final CommandGateway commands;

    FormLodging(CommandGateway commands) {
        this.commands = commands;
    }

    /** What came of sending a form: its reference, or a refusal to show on the form. */
    record Outcome(ReferenceNumber reference, Refusal refusal) {
    }

    /** A refusal the person can act on: at a field, or about the form as a whole ({@code newForm}: send it afresh). */
    record Refusal(String field, String code, boolean newForm) {

        void applyTo(Errors errors) {
            if (field != null) {
                errors.rejectValue(field, code);
            } else {
                errors.reject(code);
            }
        }
    }

    Outcome lodge(ComplaintForm form) {
        LodgeComplaint command = new LodgeComplaint(ComplaintId.of(form.getComplaintId()), Channel.WEB_FORM,
                form.getCategory(),
                new Complainant(form.getName().strip(), blankAsNull(form.getEmail()), blankAsNull(form.getPhone()), null),
                form.getContactBy().appendTo(form.getDescription()), blankAsNull(form.getOrderNumber()),
                blankAsNull(form.getProduct()), null, WEB_FORM);
        try {
            return new Outcome(send(command), null);
        } catch (RuntimeException failure) {
            return new Outcome(null, refusal(failure).orElseThrow(() -> failure));
        }
    }

    /**
     * Two sends of one form at once (a double click) race to create the complaint; the loser's retry is answered
     * with the winner's reference, as the command side answers every exact repeat of a lodge.
     */
    private ReferenceNumber send(LodgeComplaint command) {
        try {
            return answered(commands.sendAndWait(command));
        } catch (RuntimeException failure) {
            if (causedBy(failure, ConcurrencyException.class)) {
                return answered(commands.sendAndWait(command));
            }
            throw failure;
        }
    }

    private static ReferenceNumber answered(Object reference) {
        if (reference instanceof ReferenceNumber issued) {
            return issued;
        }
        throw new IllegalStateException("lodging answered " + reference + " instead of a reference number");
    }

    private static Optional<Refusal> refusal(RuntimeException failure) {
        return CommandRefusals.detail(failure).flatMap(FormLodging::refusal);
    }

    private static Optional<Refusal> refusal(ErrorDetail detail) {
        if (detail.code() == ErrorCode.COMPLAINT_ID_ALREADY_USED) {
            // this form was sent before with other details, from another session: keep what was typed, new id
            return Optional.of(new Refusal(null, "complaint.alreadySent", true));
        }
        if (detail.code() != null && detail.code().kind() == ErrorCode.Kind.BAD_INPUT) {
            String field = detail.field() == null ? null : FIELDS.get(detail.field());
            return Optional.of(field == null
                    ? new Refusal(null, "complaint.refused", false)
                    : new Refusal(field, "complaint.field.refused", false));
        }
        return Optional.empty();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String blankAsNull(String text) {
        return Text.isBlank(text) ? null : text.strip();
    }
}
