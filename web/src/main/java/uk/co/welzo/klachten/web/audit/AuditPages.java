package uk.co.welzo.klachten.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the auditors' controllers share: who may see them, and how a mistyped input or an unknown complaint reads.
 * These handlers belong to the controllers, so they come before the pages' general fault page ({@code PageErrors}).
 */
abstract class AuditPages {

    static final String AUDITOR = "hasRole('AUDITOR')";

    @ExceptionHandler
    String badInput(BadAuditInput bad, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("messageKey", bad.messageKey());
        model.addAttribute("arguments", bad.arguments());
        return "audit/bad-input";
    }

    @ExceptionHandler
    String unknown(UnknownComplaint unknown, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("asked", unknown.getMessage());
        return "audit/no-case";
    }
}
