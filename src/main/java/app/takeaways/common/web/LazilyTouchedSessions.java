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
 * Spring Session's repository, asked to store a session only when something in it
 * changed. Spring Session moves a session's last access time on every request, and its
 * JDBC repository then rewrites the session row, in a transaction of its own, for every
 * page a signed-in user opens, and opens one more transaction when the same unchanged
 * session is stored again at the end of the request. Here a new access time is passed on
 * only once it is {@link #TOUCH_EVERY} or more after the stored one, and a session is
 * stored only when something was passed on since it was read or last stored: it is new,
 * or it has a new id, an attribute set or removed, a new timeout or a new access time. A
 * session therefore expires up to a minute before its timeout has passed since the user's
 * last request.
 * <p>
 * Spring Session's JDBC repository stores only the attributes that were set since a
 * session was read (its default save mode, which the application keeps): an attribute
 * whose value changes inside without being set again is not stored either way.
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
		return new TouchedSession<>(this.sessions.createSession(), true);
	}

	@Override
	public void save(TouchedSession<S> session) {
		if (session.changed) {
			this.sessions.save(session.session);
			session.changed = false;
		}
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
		return (session != null) ? new TouchedSession<>(session, false) : null;
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
			.forEach((id, session) -> found.put(id, new TouchedSession<>(session, false)));
		return found;
	}

	/**
	 * A session of the repository asked, which remembers whether anything was passed on
	 * to it since it was read or stored.
	 *
	 * @param <S> the session type of the repository asked
	 */
	static final class TouchedSession<S extends Session> implements Session {

		private final S session;

		private boolean changed;

		private TouchedSession(S session, boolean changed) {
			this.session = session;
			this.changed = changed;
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
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
			this.changed = true;
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		/**
		 * Passes the time on only when it is a minute or more after the stored one.
		 */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.session.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0) {
				this.changed = true;
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
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

	}

}
