package app.takeaways.common.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} while the application is not ready for traffic
 * (starting, warming up, shutting down), except to the health probes and to the
 * application's own warm-up requests. A load balancer that retries a 503 elsewhere (nginx
 * with {@code proxy_next_upstream http_503}) thus never sends a reader to an instance
 * that would answer slowly or not at all, even without health checks of its own.
 */
class WarmUpGate extends OncePerRequestFilter {

	/** The header that marks the application's own warm-up requests. */
	static final String HEADER = "X-Takeaways-Warm-Up";

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><title>Back in a moment</title></head>
			<body><p>This site is starting or restarting. Please try again in a moment.</p></body></html>
			""";

	private static final String PROBLEM = """
			{"type":"about:blank","title":"Service Unavailable","status":503,\
			"detail":"The site is starting or restarting. Please try again in a moment."}""";

	private final @Nullable ApplicationAvailability availability;

	private final String token = UUID.randomUUID().toString();

	WarmUpGate(@Nullable ApplicationAvailability availability) {
		this.availability = availability;
	}

	/**
	 * @return the value of {@link #HEADER} that lets a request through before readiness
	 */
	String token() {
		return this.token;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.availability == null || this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")
				|| this.token.equals(request.getHeader(HEADER));
	}

	/**
	 * A short fixed answer, written here rather than by the error page: while the
	 * application starts, rendering a page would cost the time the refusal is meant to
	 * save.
	 */
	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// A kept-alive connection would bring the next request here again.
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setContentType((api ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.TEXT_HTML) + ";charset=UTF-8");
		response.getWriter().write(api ? PROBLEM : PAGE);
	}

}
