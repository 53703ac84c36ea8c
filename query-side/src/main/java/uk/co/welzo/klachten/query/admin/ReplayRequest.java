package uk.co.welzo.klachten.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import uk.co.welzo.klachten.platform.validation.HasText;

/** Which read model to rebuild: a processing group's name, or {@code all}. */
record ReplayRequest(@NotBlank @HasText @Schema(example = "cases", description = "a processing group, or 'all'") String group) {
}
