package uk.co.welzo.klachten.command.improvement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ProblemKind;
import uk.co.welzo.klachten.platform.validation.HasText;

/** The JSON bodies of the improvement-action commands; the actor and roles are the authenticated caller's, never these. */
final class ImprovementRequests {

    private ImprovementRequests() {
    }

    record ProblemAreaBody(
            @NotNull ProblemKind kind,
            @Schema(description = "A product or root cause as the trends show it; a category or department by its name")
            @NotBlank @HasText @Size(max = 200) String value) {
    }

    record RaiseActionBody(
            @Schema(description = "Client-chosen id (letters, digits, . _ -); sending the same raise again is safe. Omit to let the service choose.")
            @Pattern(regexp = ImprovementActionId.FORM) String actionId,
            @NotBlank @HasText @Size(max = 300) String title,
            @NotNull @Valid ProblemAreaBody problem,
            @NotBlank @HasText @Size(max = 100) String owningDepartment,
            @Schema(description = "The user name of the owning department's manager")
            @NotBlank @HasText @Size(max = 100) String owner,
            @Schema(description = "The London date it is due by", example = "2027-01-29")
            @NotNull LocalDate due) {
    }

    record LinkComplaintBody(
            @NotBlank @Pattern(regexp = ComplaintId.FORM) String complaintId,
            @NotBlank @HasText @Size(max = 2_000) String why) {
    }

    record CompletionBody(@NotBlank @HasText @Size(max = 5_000) String whatWasDone) {
    }

    record EffectReviewBody(@NotBlank @HasText @Size(max = 5_000) String finding) {
    }

    record DropActionBody(@NotBlank @HasText @Size(max = 2_000) String reason) {
    }

    record RaisedAction(String actionId) {
    }
}
