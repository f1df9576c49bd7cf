package app.takeaways.common.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions the current request read from the store, so that it reads each only once.
 * A page stores its session when its response is committed, which happens while it is
 * written, and once more after the request; the second time Spring Session reads the
 * session from the store again, only to decide whether to send the cookie (spring-session
 * issue 1731). Registered just outside Spring Session's filter, this one keeps what the
 * request read for as long as the request runs, and forgets it after. A session deleted
 * or given a new id during the request is read from the store again.
 */
final class SessionReadsOfRequest extends OncePerRequestFilter {

	private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		READ.set(new HashMap<>());
		try {
			chain.doFilter(request, response);
		}
		finally {
			READ.remove();
		}
	}

	/**
	 * @return the session this request read under this id, if it still has the id; none
	 * outside a request
	 */
	static @Nullable Session remembered(String id) {
		Map<String, Session> read = READ.get();
		Session session = (read != null) ? read.get(id) : null;
		return (session != null && session.getId().equals(id)) ? session : null;
	}

	/**
	 * Keeps a session read from the store until the request ends.
	 */
	static void remember(Session session) {
		Map<String, Session> read = READ.get();
		if (read != null) {
			read.put(session.getId(), session);
		}
	}

	/**
	 * Forgets a session deleted from the store.
	 */
	static void forget(String id) {
		Map<String, Session> read = READ.get();
		if (read != null) {
			read.remove(id);
		}
	}

}
