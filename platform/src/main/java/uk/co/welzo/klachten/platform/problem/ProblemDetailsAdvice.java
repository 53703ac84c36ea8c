package uk.co.welzo.klachten.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.web.ErrorResponse;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;

/**
 * Answers every failure as RFC 9457 problem details with a stable type and code, never with internals.
 * Spring MVC's own failures come through the base class and are stamped in {@link #handleExceptionInternal}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(Exception exception, HttpServletRequest request) throws Exception {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                // Spring Security's ExceptionTranslationFilter decides: 401 for anonymous callers, 403 otherwise.
                throw exception;
            }
            Optional<ProblemDetail> known = known(cause);
            if (known.isPresent()) {
                return answer(known.get(), request);
            }
        }
        return answer(internalError(exception), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(ConstraintViolationException exception, HttpServletRequest request) {
        List<InvalidField> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            fields.add(new InvalidField(Inputs.field(violation.getPropertyPath()), violation.getMessage()));
        }
        return answer(Inputs.invalid(fields), request);
    }

    private static Optional<ProblemDetail> known(Throwable cause) {
        if (cause instanceof Refused refused) {
            return Optional.ofNullable(of(refused.detail()));
        }
        if (cause instanceof HandlerExecutionException handlerFailure) {
            // Domain refusals cross the bus as an ErrorDetail in the details; without one, keep looking at the cause.
            return handlerFailure.getDetails().filter(ErrorDetail.class::isInstance).map(ErrorDetail.class::cast)
                    .map(ProblemDetailsAdvice::of);
        }
        if (cause instanceof InvalidReferenceNumber invalid) {
            return Optional.of(Problems.of(invalid.code(), invalid.getMessage()));
        }
        if (cause instanceof ConcurrencyException) {
            return Optional.of(Problems.of(ErrorCode.CONCURRENT_MODIFICATION, Problems.CONCURRENT_MODIFICATION));
        }
        if (Outages.isUnreachable(cause)) {
            log.warn("A service this request needs cannot be reached, answering 503: {}", cause.toString());
            return Optional.of(Problems.unavailable(
                    "The service cannot reach a part it needs right now. Try again shortly."));
        }
        if (BrokenRequests.isBroken(cause)) {
            return Optional.of(Problems.of(ErrorCode.INVALID_INPUT,
                    "The request body could not be read: it is cut short or its chunked encoding is broken."));
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return Optional.of(Problems.of(ErrorCode.COMPLAINT_NOT_FOUND,
                    "There is no complaint '" + notFound.getAggregateIdentifier() + "'."));
        }
        return Optional.empty();
    }

    private static ProblemDetail of(ErrorDetail detail) {
        if (detail.code() == null) {
            return null;
        }
        ProblemDetail problem = Problems.of(detail.code(), detail.message());
        if (detail.field() != null) {
            problem.setProperty(Problems.ERRORS, List.of(new InvalidField(detail.field(), detail.message())));
        }
        if (detail.changes() != null) {
            problem.setProperty(Problems.CHANGES, detail.changes());
        }
        return problem;
    }

    private static ProblemDetail internalError(Throwable exception) {
        return internalError(HttpStatus.INTERNAL_SERVER_ERROR, exception);
    }

    /** A fault: logged with its stack trace under a new incident id, which the client is given and nothing else. */
    static ProblemDetail internalError(HttpStatusCode status, Throwable exception) {
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: request failed", incident, exception);
        ProblemDetail problem = Problems.of(ErrorCode.INTERNAL_ERROR,
                "Something went wrong on our side. Quote incident " + incident + " if you report it.");
        problem.setStatus(status.value());
        problem.setProperty(Problems.INCIDENT, incident);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getStatus() < 500) {
            Refusals.log(request.getMethod(), request.getRequestURI(), problem);
        }
        // set here rather than negotiated: a client that accepts only XML or HTML still learns what went wrong
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            answer.header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        }
        return answer.body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, Inputs.unreadable(ex), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, Inputs.invalid(fields(ex.getBindingResult())), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> fields = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            if (result instanceof ParameterErrors errors) {
                fields.addAll(fields(errors));
            } else {
                result.getResolvableErrors().forEach(error ->
                        fields.add(new InvalidField(parameter, error.getDefaultMessage())));
            }
        });
        return handleExceptionInternal(ex, Inputs.invalid(fields), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, Inputs.mismatch(ex), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "There is nothing at /" + ex.getResourcePath() + ".");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "There is nothing at " + ex.getRequestURL() + ".");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Every answer the base class builds passes here: give it our type, title and code, and log server faults. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && servlet.getResponse().isCommitted() && !status.is5xxServerError()) {
            // the container answered already, e.g. a 400 for a broken chunked body; the base class would warn
            log.debug("Answered already, not again: {}", ex.toString());
            return null;
        }
        if (body == null && ex instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
        if (status.is5xxServerError()) {
            problem = internalError(status, ex);
        } else if (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CODE)) {
            Problems.stamp(problem, Problems.codeFor(status));
        }
        if (!status.is5xxServerError() && request instanceof ServletWebRequest servlet) {
            Refusals.log(servlet.getRequest().getMethod(), servlet.getRequest().getRequestURI(), problem);
        }
        // set rather than negotiated, so a 406 or 415 (or any answer to an Accept of XML) is problem+json too
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, problem, problemHeaders, status, request);
    }

    private static List<InvalidField> fields(Errors result) {
        List<InvalidField> fields = new ArrayList<>();
        result.getFieldErrors().forEach(error ->
                fields.add(new InvalidField(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error ->
                fields.add(new InvalidField(error.getObjectName(), error.getDefaultMessage())));
        return fields;
    }
}
