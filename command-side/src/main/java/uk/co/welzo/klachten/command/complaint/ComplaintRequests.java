package uk.co.welzo.klachten.command.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterLanguage;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.platform.validation.HasText;

/**
 * The JSON bodies of the command API. The actor is never among them: it is the authenticated principal. Every
 * required text is {@code @NotBlank} (for the OpenAPI document) and {@code @HasText}: blank as the aggregate and the
 * value objects mean it, so a text of no-break or zero-width spaces is a 400 naming the field here, not a 500 later.
 */
final class ComplaintRequests {

    /** The form of client-chosen ids (complaint, inquiry, communication), as the typed ids check it. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private ComplaintRequests() {
    }

    record ComplainantBody(
            @NotBlank @HasText @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 40) String phone,
            @Size(max = 500) String postalAddress) {

        /** Which details were given, never what they are, as {@code Complainant} says it (issue #17). */
        @Override
        public String toString() {
            return "ComplainantBody[name=" + given(name) + ", email=" + given(email) + ", phone=" + given(phone)
                    + ", postalAddress=" + given(postalAddress) + "]";
        }

        private static String given(String value) {
            return value == null ? "null" : "(personal data)";
        }
    }

    record Lodge(
            @Schema(description = "Client-chosen id (letters, digits, . _ -); sending the same lodge again is safe. Omit to let the service choose.")
            @Pattern(regexp = ID) String complaintId,
            @NotNull Channel channel,
            @NotNull Category category,
            @NotNull @Valid ComplainantBody complainant,
            @NotBlank @HasText @Size(max = 10_000) String description,
            @Size(max = 64) String orderNumber,
            @Size(max = 200) String product,
            @Schema(description = "When the complaint actually arrived (a letter's arrival day, a call's time); default now")
            Instant receivedAt) {
    }

    record Acknowledge(@NotNull CommunicationChannel channel, Instant occurredAt) {
    }

    record Assign(@NotBlank @HasText @Size(max = 100) String handler) {
    }

    record Recategorise(@NotNull Category category, @NotBlank @HasText @Size(max = 1_000) String reason) {
    }

    record Note(@NotBlank @HasText @Size(max = 10_000) String note) {
    }

    record AskDepartment(
            @Pattern(regexp = ID) String inquiryId,
            @NotNull Department department,
            @NotBlank @HasText @Size(max = 5_000) String question,
            Instant occurredAt) {
    }

    record DepartmentAnswer(@NotBlank @HasText @Size(max = 10_000) String answer, Instant occurredAt) {
    }

    record Communication(
            @Pattern(regexp = ID) String communicationId,
            @NotNull CommunicationChannel channel,
            @NotNull Direction direction,
            @NotBlank @HasText @Size(max = 10_000) String summary,
            Instant occurredAt) {
    }

    record Letter(
            @Schema(description = "The id the letter is recorded under once sent; chosen by the service when absent")
            @Pattern(regexp = ID) String communicationId,
            @Schema(description = "STAGE_ONE_OUTCOME or FINAL_RESPONSE; the service writes every other letter itself")
            @NotNull LetterKind kind,
            @Schema(description = "What the investigation found (R3.3)")
            @NotBlank @HasText @Size(max = 10_000) String findings,
            @Schema(description = "What is done for the customer; the recorded remedy when absent (R3.5)")
            @Size(max = 10_000) String remedy,
            @Schema(description = "Where the customer may seek independent advice and support: required for a final response (R4.5, R7.1)")
            @Size(max = 10_000) String signposting,
            @Schema(description = "The letter's language, en (default) or nl")
            LetterLanguage language) {
    }


    record Resolve(
            @NotNull Outcome outcome,
            @NotBlank @HasText @Size(max = 5_000) String remedy,
            @NotBlank @HasText @Size(max = 200) String rootCause,
            @Schema(description = "Whether the customer was told they may seek independent advice and support; required at stage 2 (R4.5)")
            boolean customerSignposted,
            @Schema(description = "The id of the communication that told the customer the findings at this stage (R3.3): "
                    + "an outbound EMAIL or PHONE communication recorded, or the STAGE_ONE_OUTCOME (stage 1) or "
                    + "FINAL_RESPONSE (stage 2) letter written, since the stage began")
            @NotBlank(message = "must name the communication that told the customer the findings (R3.3)")
            @Pattern(regexp = ID) String findingsCommunicationId,
            @Schema(description = "The department manager's review: required at stage 2, not given at stage 1 (R4.2)")
            @Valid Review review,
            Instant occurredAt) {
    }

    record Review(
            @Schema(description = "The manager's review of the complaint and of the stage-1 resolution (R4.2)")
            @NotBlank @HasText @Size(max = 10_000) String summary,
            @Schema(description = "What further action the manager took; none when absent (R4.2)")
            @Size(max = 10_000) String furtherAction) {
    }

    record Escalate(@NotBlank @HasText @Size(max = 5_000) String reason, Instant occurredAt) {
    }

    record AcknowledgeEscalation(
            @Schema(description = "The user name the department manager signs in with: only they (or the head) resolve stage 2 (R4.2)")
            @NotBlank @HasText @Size(max = 100) String managerUserName,
            @NotBlank @HasText @Size(max = 200) String managerName,
            @NotBlank @HasText @Size(max = 200) String department,
            Instant occurredAt) {
    }

    record Extend(
            @Schema(description = "The new deadline: the end of this London date", example = "2027-01-26")
            @NotNull LocalDate newDeadline,
            @NotBlank @HasText @Size(max = 2_000) String reason,
            @Pattern(regexp = ID) String communicationId,
            @NotNull CommunicationChannel channel,
            @Schema(description = "What the customer was told: progress, the reason for the delay, the new deadline (R5.2)")
            @NotBlank @HasText @Size(max = 10_000) String summary,
            Instant occurredAt) {
    }

    record Close(@NotNull ClosureReason reason, Instant occurredAt) {
    }

    record Withdraw(@Size(max = 2_000) String reason, Instant occurredAt) {
    }

    record Referral(@NotBlank @HasText @Size(max = 200) String body, Instant occurredAt) {
    }

    record Erasure(
            @Schema(description = "The lawful ground (UK GDPR art. 17(1)); RETENTION_PERIOD_ENDED only once the retention period has passed")
            @NotNull ErasureGround ground,
            @Schema(description = "Who asked: a kind, never a name (R8.2)")
            @NotNull Requester requester,
            @Schema(description = "The data-protection officer's own case reference, without personal data", example = "DPO-2026-017")
            @NotBlank @HasText @Size(max = 100) String requestReference) {
    }

    record LegalHold(
            @Schema(description = "Why the hold is placed or released (a claim, a regulator's inquiry), without personal data")
            @NotBlank @HasText @Size(max = 2_000) String reason) {
    }

    record Lodged(String complaintId, String reference) {
    }

    record Created(String id) {
    }
}
