package app.takeaways.common.web;

import java.time.Duration;
import java.time.Instant;

import app.takeaways.support.RequiresPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL, through the session repository the application uses: a session row is
 * rewritten when its id, user or timeout changes, or when its last access moved by a
 * minute; requests in between leave it alone.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@RequiresPostgres
class SessionTouchIT {

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void accessWithinAMinuteIsNotWrittenButALaterOneAndANewIdAre() {
		touchAndSignIn(this.sessions);
	}

	private <S extends Session> void touchAndSignIn(FindByIndexNameSessionRepository<S> sessions) {
		S session = sessions.createSession();
		Instant start = session.getLastAccessedTime();
		sessions.save(session);

		S again = sessions.findById(session.getId());
		again.setLastAccessedTime(start.plusSeconds(20));
		sessions.save(again);
		assertThat(lastAccess(session.getId())).isEqualTo(start.toEpochMilli());

		S later = sessions.findById(session.getId());
		later.setLastAccessedTime(start.plus(Duration.ofMinutes(2)));
		sessions.save(later);
		assertThat(lastAccess(session.getId())).isEqualTo(start.plus(Duration.ofMinutes(2)).toEpochMilli());

		S signedIn = sessions.findById(session.getId());
		String newId = signedIn.changeSessionId();
		signedIn.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "root");
		sessions.save(signedIn);
		assertThat(sessions.findById(session.getId())).isNull();
		assertThat(sessions.findByPrincipalName("root")).containsKey(newId);
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

}
