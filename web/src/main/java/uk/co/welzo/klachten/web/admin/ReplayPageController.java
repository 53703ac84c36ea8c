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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.admin.ReplayStatusView;
import uk.co.welzo.klachten.api.admin.StartReplay;

/**
 * Replaying a read model empties it and rebuilds it from the events, so it is asked twice: the page says what it
 * wipes, and the operator types the group's name (or {@code all}) before {@link StartReplay} is sent, in their name.
 */
@Controller
class ReplayPageController {

    static final String ALL = "all";
    private static final Logger log = LoggerFactory.getLogger(ReplayPageController.class);

    private final QueryGateway queries;

    ReplayPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/replays/confirm")
    @PreAuthorize("hasRole('ADMIN')")
    String confirm(@RequestParam("group") String group, Model model) {
        model.addAttribute("group", group);
        return "admin/confirm-replay";
    }

    @PostMapping("/admin/replays")
    @PreAuthorize("hasRole('ADMIN')")
    String start(@RequestParam("group") String group,
                 @RequestParam(name = "confirmation", required = false) String confirmation,
                 Authentication who, Model model, HttpServletResponse response, RedirectAttributes flash) {
        model.addAttribute("group", group);
        if (confirmation == null || !confirmation.strip().equals(group)) {
            model.addAttribute("confirmationError", true);
            model.addAttribute("confirmation", confirmation);
            response.setStatus(400);
            return "admin/confirm-replay";
        }
        log.info("Operator '{}' confirmed a replay of '{}'", who.getName(), group);
        try {
            queries.query(new StartReplay(group, new Actor(who.getName())),
                    ResponseTypes.multipleInstancesOf(ReplayStatusView.class)).join();
        } catch (CompletionException failed) {
            Optional<Refusal> refusal = Refusal.of(failed);
            if (refusal.isEmpty()) {
                throw failed;
            }
            model.addAttribute("refusal", refusal.get());
            response.setStatus(refusal.get().status());
            return "admin/confirm-replay";
        }
        flash.addFlashAttribute("doneKey", ALL.equals(group) ? "admin.replay.started.all" : "admin.replay.started");
        flash.addFlashAttribute("doneArgs", List.of(group));
        return "redirect:/admin";
    }
}
