package uk.co.welzo.klachten.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The pages answer failures as pages, not as the API's problem details: this advice, for the pages' controllers only,
 * comes before the platform's. A fault is logged with its trace under an incident id the person is shown.
 * Refusals of access are left to Spring Security, which signs in or shows the 403 page.
 */
@ControllerAdvice(basePackageClasses = WebModule.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler
    String fault(Exception exception, Model model, HttpServletResponse response) throws Exception {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                throw exception;
            }
        }
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: page request failed", incident, exception);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        model.addAttribute("incident", incident);
        return "fault";
    }
}
