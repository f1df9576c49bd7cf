package app.takeaways.common.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository, told a session's new last access time only once it moved
 * by a minute or more. Spring Session moves the access time on every request, and its
 * JDBC repository then rewrote the session row, in a transaction of its own, for every
 * page a signed-in user opened. Everything else reaches the repository as before, and it
 * stores what changed: a new session, a new id, an attribute set or removed, a new
 * timeout. A session therefore expires up to a minute before its timeout has passed since
 * the user's last request (with a timeout under two minutes, up to half of it). The
 * repository also reads a session once per request ({@link SessionReadsOfRequest}).
 *
 * @param <S> the sessions of the repository it asks
 */
final class LazilyTouchedSessions<S extends Session>
		implements FindByIndexNameSessionRepository<LazilyTouchedSessions.TouchedSession<S>> {

	/** How far the stored access time may fall behind the user's last request. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> sessions;

	LazilyTouchedSessions(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public TouchedSession<S> createSession() {
		return new TouchedSession<>(this.sessions.createSession());
	}

	@Override
	public void save(TouchedSession<S> session) {
		this.sessions.save(session.session);
	}

	/**
	 * Reads a session from the store once per request ({@link SessionReadsOfRequest}).
	 */
	@Override
	public @Nullable TouchedSession<S> findById(String id) {
		@SuppressWarnings("unchecked")
		S session = (S) SessionReadsOfRequest.remembered(id);
		if (session == null) {
			session = this.sessions.findById(id);
			if (session != null) {
				SessionReadsOfRequest.remember(session);
			}
		}
		return (session != null) ? new TouchedSession<>(session) : null;
	}

	@Override
	public void deleteById(String id) {
		SessionReadsOfRequest.forget(id);
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, TouchedSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, TouchedSession<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new TouchedSession<>(session)));
		return found;
	}

	/**
	 * A session of the repository asked, which passes a new access time on only once it
	 * is far enough from the stored one.
	 *
	 * @param <S> the session type of the repository asked
	 */
	static final class TouchedSession<S extends Session> implements Session {

		private final S session;

		private TouchedSession(S session) {
			this.session = session;
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		/**
		 * Passes the time on only when it is {@link #TOUCH_EVERY} or more after the
		 * stored one, or half the session's timeout when that is shorter.
		 */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Duration timeout = this.session.getMaxInactiveInterval();
			Duration every = (timeout.isNegative() || timeout.isZero()) ? TOUCH_EVERY
					: min(TOUCH_EVERY, timeout.dividedBy(2));
			if (Duration.between(this.session.getLastAccessedTime(), lastAccessedTime).compareTo(every) >= 0) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

		private static Duration min(Duration a, Duration b) {
			return (a.compareTo(b) <= 0) ? a : b;
		}

	}

}
