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

/** The JSON bodies of the command API. The actor is never among them: it is the authenticated principal. */
final class ComplaintRequests {

    /** The form of client-chosen ids (complaint, inquiry, communication), as the typed ids check it. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private ComplaintRequests() {
    }

    record ComplainantBody(
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 40) String phone,
            @Size(max = 500) String postalAddress) {
    }

    record Lodge(
            @Schema(description = "Client-chosen id (letters, digits, . _ -); sending the same lodge again is safe. Omit to let the service choose.")
            @Pattern(regexp = ID) String complaintId,
            @NotNull Channel channel,
            @NotNull Category category,
            @NotNull @Valid ComplainantBody complainant,
            @NotBlank @Size(max = 10_000) String description,
            @Size(max = 64) String orderNumber,
            @Size(max = 200) String product,
            @Schema(description = "When the complaint actually arrived (a letter's arrival day, a call's time); default now")
            Instant receivedAt) {
    }

    record Acknowledge(@NotNull CommunicationChannel channel, Instant occurredAt) {
    }

    record Assign(@NotBlank @Size(max = 100) String handler) {
    }

    record Recategorise(@NotNull Category category, @NotBlank @Size(max = 1_000) String reason) {
    }

    record Note(@NotBlank @Size(max = 10_000) String note) {
    }

    record AskDepartment(
            @Pattern(regexp = ID) String inquiryId,
            @NotNull Department department,
            @NotBlank @Size(max = 5_000) String question,
            Instant occurredAt) {
    }

    record DepartmentAnswer(@NotBlank @Size(max = 10_000) String answer, Instant occurredAt) {
    }

    record Communication(
            @Pattern(regexp = ID) String communicationId,
            @NotNull CommunicationChannel channel,
            @NotNull Direction direction,
            @NotBlank @Size(max = 10_000) String summary,
            Instant occurredAt) {
    }

    record Resolve(
            @NotNull Outcome outcome,
            @NotBlank @Size(max = 5_000) String remedy,
            @NotBlank @Size(max = 200) String rootCause,
            @Schema(description = "Whether the customer was told they may seek independent advice and support; required at stage 2 (R4.5)")
            boolean customerSignposted,
            Instant occurredAt) {
    }

    record Escalate(@NotBlank @Size(max = 5_000) String reason, Instant occurredAt) {
    }

    record AcknowledgeEscalation(
            @NotBlank @Size(max = 200) String managerName,
            @NotBlank @Size(max = 200) String department,
            Instant occurredAt) {
    }

    record Extend(
            @Schema(description = "The new deadline: the end of this London date", example = "2027-01-26")
            @NotNull LocalDate newDeadline,
            @NotBlank @Size(max = 2_000) String reason,
            @Pattern(regexp = ID) String communicationId,
            @NotNull CommunicationChannel channel,
            @Schema(description = "What the customer was told: progress, the reason for the delay, the new deadline (R5.2)")
            @NotBlank @Size(max = 10_000) String summary,
            Instant occurredAt) {
    }

    record Close(@NotNull ClosureReason reason, Instant occurredAt) {
    }

    record Withdraw(@Size(max = 2_000) String reason, Instant occurredAt) {
    }

    record Referral(@NotBlank @Size(max = 200) String body, Instant occurredAt) {
    }

    record Lodged(String complaintId, String reference) {
    }

    record Created(String id) {
    }
}
