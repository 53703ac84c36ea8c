package uk.co.welzo.klachten.query.admin;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.admin.ReplayStatusView;

/** Operations: rebuilding read models from the event store while the service keeps answering. */
@RestController
@RequestMapping("/api/admin/replays")
@Tag(name = "Operations: replays")
class ReplayController {

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild one read model ({\"group\":\"cases\"}) or all ({\"group\":\"all\"}) from the events",
            description = "Stops the group's processor, resets its tokens (clearing the read model and its dead "
                    + "letters) and starts it again; the replay then runs in the background. Queries keep being "
                    + "answered from the read model as it refills. 409 if the group is replaying already.")
    @ApiResponse(responseCode = "202", description = "The replays started")
    @ApiResponse(responseCode = "404", description = "No processing group has that name. Code: PROCESSING_GROUP_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "The group is replaying already. Code: REPLAY_ALREADY_RUNNING")
    List<ReplayStatusView> start(@Valid @RequestBody ReplayRequest request, Principal who) {
        return replays.start(request.group(), who.getName());
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Every processing group: running, replaying, and its position against the event store's head")
    List<ReplayStatusView> status() {
        return replays.status();
    }
}
