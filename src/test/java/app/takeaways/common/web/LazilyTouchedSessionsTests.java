package app.takeaways.common.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.takeaways.common.web.LazilyTouchedSessions.TouchedSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the session store through {@link LazilyTouchedSessions}: everything a
 * request changes, except an access time less than a minute after the stored one (or half
 * a shorter timeout); and one read of a session per request
 * ({@link SessionReadsOfRequest}).
 */
class LazilyTouchedSessionsTests {

	private final Store store = new Store();

	private final LazilyTouchedSessions<MapSession> sessions = new LazilyTouchedSessions<>(this.store);

	private Instant start;

	private String id;

	@BeforeEach
	void storeANewSession() {
		TouchedSession<MapSession> created = this.sessions.createSession();
		this.start = created.getLastAccessedTime();
		this.sessions.save(created);
		this.id = created.getId();
	}

	@Test
	void anAccessWithinAMinuteLeavesTheStoredTimeAsItWas() {
		touch(this.start.plusSeconds(59));

		assertThat(stored().getLastAccessedTime()).isEqualTo(this.start);
	}

	@Test
	void anAccessAMinuteLaterIsStored() {
		touch(this.start.plusSeconds(60));

		assertThat(stored().getLastAccessedTime()).isEqualTo(this.start.plusSeconds(60));
	}

	@Test
	void withATimeoutUnderTwoMinutesHalfOfItIsEnough() {
		TouchedSession<MapSession> read = this.sessions.findById(this.id);
		read.setMaxInactiveInterval(Duration.ofSeconds(40));
		this.sessions.save(read);

		touch(this.start.plusSeconds(19));
		assertThat(stored().getLastAccessedTime()).isEqualTo(this.start);
		touch(this.start.plusSeconds(20));
		assertThat(stored().getLastAccessedTime()).isEqualTo(this.start.plusSeconds(20));
	}

	@Test
	void everyOtherChangeIsStored() {
		TouchedSession<MapSession> read = this.sessions.findById(this.id);
		read.setAttribute("user", "ed");
		read.setAttribute("theme", "dark");
		read.removeAttribute("theme");
		read.setMaxInactiveInterval(Duration.ofHours(1));
		String newId = read.changeSessionId();
		this.sessions.save(read);

		MapSession stored = this.store.findById(newId);
		assertThat(stored.getAttributeNames()).containsExactly("user");
		assertThat(stored.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(1));
		assertThat(this.store.findById(this.id)).isNull();
	}

	@Test
	void sessionsFoundByTheirUserAndDeletedAreThoseOfTheStore() {
		TouchedSession<MapSession> read = this.sessions.findById(this.id);
		read.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "ed");
		this.sessions.save(read);

		assertThat(this.sessions.findByPrincipalName("ed")).containsOnlyKeys(this.id);
		this.sessions.deleteById(this.id);
		assertThat(this.sessions.findById(this.id)).isNull();
		assertThat(this.sessions.findByPrincipalName("ed")).isEmpty();
	}

	@Test
	void aRequestReadsASessionFromTheStoreOnce() throws Exception {
		inARequest(() -> {
			TouchedSession<MapSession> first = this.sessions.findById(this.id);
			this.sessions.save(first);
			assertThat(this.sessions.findById(this.id).getId()).isEqualTo(this.id);
		});
		inARequest(() -> this.sessions.findById(this.id));

		assertThat(this.store.reads).containsExactly(this.id, this.id);
	}

	@Test
	void outsideARequestEveryReadAsksTheStore() {
		this.sessions.findById(this.id);
		this.sessions.findById(this.id);

		assertThat(this.store.reads).containsExactly(this.id, this.id);
	}

	@Test
	void aSessionDeletedOrGivenANewIdDuringTheRequestIsReadFromTheStoreAgain() throws Exception {
		inARequest(() -> {
			TouchedSession<MapSession> signedIn = this.sessions.findById(this.id);
			String newId = signedIn.changeSessionId();
			this.sessions.save(signedIn);
			assertThat(this.sessions.findById(this.id)).isNull();

			TouchedSession<MapSession> signingOut = this.sessions.findById(newId);
			this.sessions.deleteById(newId);
			assertThat(this.sessions.findById(newId)).isNull();
			assertThat(this.store.reads).containsExactly(this.id, this.id, newId, newId);
		});
	}

	private void touch(Instant at) {
		TouchedSession<MapSession> read = this.sessions.findById(this.id);
		read.setLastAccessedTime(at);
		this.sessions.save(read);
	}

	private MapSession stored() {
		return this.store.findById(this.id);
	}

	private void inARequest(Runnable work) throws Exception {
		new SessionReadsOfRequest().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> work.run());
	}

	/**
	 * Keeps copies, as a database does, and lists the ids of the sessions it was asked to
	 * read.
	 */
	private static final class Store implements FindByIndexNameSessionRepository<MapSession> {

		final List<String> reads = new ArrayList<>();

		private final Map<String, MapSession> rows = new HashMap<>();

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			this.rows.remove(session.getOriginalId());
			this.rows.put(session.getId(), new MapSession(session));
		}

		@Override
		public @Nullable MapSession findById(String id) {
			this.reads.add(id);
			MapSession row = this.rows.get(id);
			return (row != null) ? new MapSession(row) : null;
		}

		@Override
		public void deleteById(String id) {
			this.rows.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, MapSession> found = new HashMap<>();
			this.rows.values()
				.stream()
				.filter((row) -> indexValue.equals(row.getAttribute(indexName)))
				.forEach((row) -> found.put(row.getId(), new MapSession(row)));
			return found;
		}

	}

}
