package uk.co.welzo.klachten.query.automation.correspondence;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import uk.co.welzo.klachten.api.correspondence.LetterLanguage;

/** The part of a letter staff write; every field optional, except the signposting of a final response (R4.5). */
record LetterRequest(
        @Schema(description = "What the investigation found (stage-1 outcome, final response)")
        @Size(max = 10_000) String findings,
        @Schema(description = "What is done for the customer; the recorded remedy when absent (R3.5)")
        @Size(max = 10_000) String remedy,
        @Schema(description = "How the investigation is going (deadline extension, R5.2)")
        @Size(max = 10_000) String progress,
        @Schema(description = "Where the customer may seek independent advice and support: required for a final response (R4.5, R7.1)")
        @Size(max = 10_000) String signposting,
        @Schema(description = "The letter's language; when absent, the best of the request's Accept-LetterLanguage, else English")
        LetterLanguage language) {
}
