package uk.co.welzo.klachten.web.admin;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.admin.DeadLetterEvictionView;
import uk.co.welzo.klachten.api.admin.DeadLetterQueueView;
import uk.co.welzo.klachten.api.admin.DeadLetterRetryView;
import uk.co.welzo.klachten.api.admin.EvictDeadLetters;
import uk.co.welzo.klachten.api.admin.FindDeadLetters;
import uk.co.welzo.klachten.api.admin.RetryDeadLetters;

/**
 * The events each processing group parked, per complaint sequence with the cause; retry a sequence or a whole group
 * (harmless: what applies leaves the queue), or evict a sequence, which drops its events until the next replay and so
 * is asked twice, the operator typing the sequence's id.
 */
@Controller
class DeadLettersPageController {

    private static final Logger log = LoggerFactory.getLogger(DeadLettersPageController.class);

    private final QueryGateway queries;

    DeadLettersPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/dead-letters")
    @PreAuthorize("hasRole('ADMIN')")
    String deadLetters(Model model) {
        List<DeadLetterQueueView> queues = queries.query(new FindDeadLetters(null),
                ResponseTypes.multipleInstancesOf(DeadLetterQueueView.class)).join();
        model.addAttribute("queues", queues);
        model.addAttribute("empty", queues.stream().allMatch(queue -> queue.size() == 0));
        return "admin/dead-letters";
    }

    @PostMapping("/admin/dead-letters/{group}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    String retry(@PathVariable String group, @RequestParam(name = "sequenceId", required = false) String sequenceId,
                 Authentication who, RedirectAttributes flash) {
        String only = sequenceId == null || sequenceId.isBlank() ? null : sequenceId;
        try {
            DeadLetterRetryView retried = queries.query(new RetryDeadLetters(group, only, new Actor(who.getName())),
                    ResponseTypes.instanceOf(DeadLetterRetryView.class)).join();
            flash.addFlashAttribute("doneKey", "admin.deadLetters.retried");
            flash.addFlashAttribute("doneArgs", List.of(group, retried.converged(), retried.stillFailing()));
        } catch (CompletionException failed) {
            Refusal refusal = Refusal.of(failed).orElseThrow(() -> failed);
            flash.addFlashAttribute("refusalKey", refusal.messageKey());
            flash.addFlashAttribute("refusalArgs", List.of(group, only == null ? "" : only));
        }
        return "redirect:/admin/dead-letters";
    }

    @GetMapping("/admin/dead-letters/{group}/sequences/{sequenceId}/evict")
    @PreAuthorize("hasRole('ADMIN')")
    String confirmEviction(@PathVariable String group, @PathVariable String sequenceId, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("sequenceId", sequenceId);
        return "admin/confirm-eviction";
    }

    @PostMapping("/admin/dead-letters/{group}/sequences/{sequenceId}/evict")
    @PreAuthorize("hasRole('ADMIN')")
    String evict(@PathVariable String group, @PathVariable String sequenceId,
                 @RequestParam(name = "confirmation", required = false) String confirmation,
                 Authentication who, Model model, HttpServletResponse response, RedirectAttributes flash) {
        model.addAttribute("group", group);
        model.addAttribute("sequenceId", sequenceId);
        if (confirmation == null || !confirmation.strip().equals(sequenceId)) {
            model.addAttribute("confirmationError", true);
            model.addAttribute("confirmation", confirmation);
            response.setStatus(400);
            return "admin/confirm-eviction";
        }
        log.info("Operator '{}' confirmed the eviction of dead-letter sequence {} of processing group '{}'",
                who.getName(), sequenceId, group);
        try {
            DeadLetterEvictionView evicted = queries.query(new EvictDeadLetters(group, sequenceId, new Actor(who.getName())),
                    ResponseTypes.instanceOf(DeadLetterEvictionView.class)).join();
            flash.addFlashAttribute("doneKey", "admin.deadLetters.evicted");
            flash.addFlashAttribute("doneArgs", List.of(evicted.evicted(), sequenceId, group));
            return "redirect:/admin/dead-letters";
        } catch (CompletionException failed) {
            Optional<Refusal> refusal = Refusal.of(failed);
            if (refusal.isEmpty()) {
                throw failed;
            }
            model.addAttribute("refusal", refusal.get());
            response.setStatus(refusal.get().status());
            return "admin/confirm-eviction";
        }
    }
}
