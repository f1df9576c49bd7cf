package app.takeaways.common.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import io.github.bucket4j.BucketExceptions;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The database cannot be reached (restarting, failed over, pool exhausted): every page
 * and API call that needs it answers 503 with {@code Retry-After} instead of a 500. The
 * error controller renders it as the site's "try again shortly" page, or as problem JSON
 * for API clients. Cached pages never get here: they are served without the database.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	/**
	 * Seconds a client should wait before trying again; the pool retries the database
	 * meanwhile.
	 */
	static final String RETRY_AFTER_SECONDS = "10";

	private static final String HIKARI_CLOSED = "Connection is closed";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			JDBCConnectionException.class })
	void unavailable(Exception ex, HttpServletResponse response) throws IOException {
		log.warn("Database unavailable, answering 503: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	/**
	 * A connection cut while in use (the server shut down or crashed) surfaces as a
	 * generic JPA or transaction failure, such as a rollback on a closed connection, or
	 * as a failure of the rate limit's buckets kept in PostgreSQL; only its SQL state
	 * tells. Any other such failure stays a 500.
	 */
	@ExceptionHandler({ JpaSystemException.class, TransactionSystemException.class,
			BucketExceptions.BucketExecutionException.class })
	void systemFailure(Exception ex, HttpServletResponse response) throws IOException {
		if (connectionLost(ex)) {
			unavailable(ex, response);
			return;
		}
		log.error("Unexpected database failure", ex);
		response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
	}

	/**
	 * SQL state class 08 is a connection exception; 57P01 to 57P03 are PostgreSQL's
	 * administrator shutdown, crash shutdown and "cannot connect now". A rollback after
	 * the server went away fails on Hikari's closed connection, whose exception has no
	 * SQL state, only its message.
	 */
	static boolean connectionLost(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && (connectionState(sql.getSQLState())
					|| (sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())))) {
				return true;
			}
		}
		return false;
	}

	private static boolean connectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

}
