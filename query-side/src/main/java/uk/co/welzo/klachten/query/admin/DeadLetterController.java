package uk.co.welzo.klachten.query.admin;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.admin.DeadLetterQueueView;
import uk.co.welzo.klachten.api.admin.DeadLetterRetryView;

/** Operations: the events projections could not apply, parked per processing group and complaint. */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Operations: dead letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Every processing group's dead letters: per complaint sequence, each event with its cause")
    List<DeadLetterQueueView> all() {
        return deadLetters.all();
    }

    @PostMapping("/{group}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Retry a group's dead-letter sequences (all, or the one named) after fixing the cause",
            description = "Each sequence is retried oldest event first and stops at the first event that fails "
                    + "again; the answer counts the sequences that converged (left the queue) and those still failing.")
    DeadLetterRetryView retry(@PathVariable String group,
                              @Parameter(description = "only this sequence (a complaint id); all when absent")
                              @RequestParam(required = false) String sequenceId, Principal who) {
        return deadLetters.retry(group, sequenceId, who.getName());
    }

    @DeleteMapping("/{group}/sequences/{sequenceId}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Evict a sequence: its events are dropped, and the read model misses them until a replay")
    void evict(@PathVariable String group, @PathVariable String sequenceId, Principal who) {
        deadLetters.evict(group, sequenceId, who.getName());
    }
}
