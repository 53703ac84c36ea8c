package uk.co.welzo.klachten.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Which read model to rebuild: a processing group's name, or {@code all}. */
record ReplayRequest(@NotBlank @Schema(example = "cases", description = "a processing group, or 'all'") String group) {
}
