package app.takeaways.common.web;

import java.util.LinkedHashMap;
import java.util.Map;

import app.takeaways.common.NotFoundException;
import app.takeaways.common.RateLimitedException;
import app.takeaways.common.RefusedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

	private final MessageSource messages;

	ApiErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		log.debug("API not found: {}", ex.getMessage());
		return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address.");
	}

	@ExceptionHandler(RefusedException.class)
	ProblemDetail refused(RefusedException ex) {
		log.debug("API refused: {}", ex.getMessage());
		String detail = this.messages.getMessage(ex.messageKey(), null, ex.messageKey(),
				LocaleContextHolder.getLocale());
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Refused", detail);
		problem.setProperty("reason", ex.messageKey());
		return problem;
	}

	@ExceptionHandler(RateLimitedException.class)
	ProblemDetail rateLimited(RateLimitedException ex) {
		log.debug("API rate limited: {}", ex.getMessage());
		return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "Please wait a minute and try again.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (status != null) {
			log.debug("API error {}: {}", status.code(), ex.getMessage());
			return problem(status.code(), status.code().getReasonPhrase(),
					status.reason().isEmpty() ? status.code().getReasonPhrase() : status.reason());
		}
		log.error("Unexpected API error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Server error", "Something went wrong on our side.");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.putIfAbsent(error.getField(), this.messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are not valid.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
