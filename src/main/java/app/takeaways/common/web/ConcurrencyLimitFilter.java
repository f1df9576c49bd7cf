package app.takeaways.common.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds how many requests do application work (rendering, queries, writes) at once.
 * Without it every request thread would queue inside the application for one of the
 * database connections, holding its memory all the while, and the queue would only end at
 * the pool's 3 s timeout (with virtual threads, on Java 21+, there would be one such
 * thread for every open connection). A request that gets no permit within
 * {@code takeaways.max-concurrent-wait} is answered 503 with {@code Retry-After}: the
 * site's "back in a moment" page, or problem JSON under {@code /api}. Pages served from
 * the page cache never get here (its filter runs first), nor do static files and health
 * probes.
 */
class ConcurrencyLimitFilter extends OncePerRequestFilter {

	/** Seconds an overloaded client should wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "5";

	private static final String[] UNLIMITED = { "/css/", "/js/", "/favicon", "/actuator/health" };

	private static final Logger log = LoggerFactory.getLogger(ConcurrencyLimitFilter.class);

	private final Semaphore permits;

	private final long waitNanos;

	/**
	 * @param maxConcurrent requests allowed to do application work at once
	 * @param wait how long a request may wait for a permit before it gets a 503
	 */
	ConcurrencyLimitFilter(int maxConcurrent, Duration wait) {
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException("takeaways.max-concurrent-requests must be at least 1");
		}
		this.permits = new Semaphore(maxConcurrent, true);
		this.waitNanos = wait.toNanos();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : UNLIMITED) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean acquired;
		try {
			acquired = this.permits.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			log.debug("No permit for {} within the wait, answering 503", request.getRequestURI());
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	/**
	 * The permits themselves, for tests that fill the limit as busy requests would.
	 * @return the semaphore requests acquire
	 */
	Semaphore permits() {
		return this.permits;
	}

}
