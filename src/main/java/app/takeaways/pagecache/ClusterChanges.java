package app.takeaways.pagecache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import app.takeaways.comment.CommentsChanged;
import app.takeaways.comment.DiscussionRulesChanged;
import app.takeaways.common.ChangesMissed;
import app.takeaways.media.MediaDeleted;
import app.takeaways.post.PostChanged;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other instances on the same PostgreSQL database what changed, and hears what
 * they changed. Each change event is sent with {@code NOTIFY} inside the transaction that
 * made it (PostgreSQL delivers it only when that transaction commits); one connection per
 * instance listens, and every change heard is published here as the same event, so
 * {@link PageCacheEviction} (and anything else that keeps state) handles it as a local
 * one. If that connection drops, the page cache is cleared once it is back, since changes
 * may have been missed. On H2 (one embedded instance) this does nothing.
 */
@Component
class ClusterChanges implements SmartLifecycle {

	static final String CHANNEL = "takeaways_changes";

	private static final Logger log = LoggerFactory.getLogger(ClusterChanges.class);

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final String instance = UUID.randomUUID().toString();

	private final JdbcConnectionDetails database;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	private volatile boolean running;

	private volatile boolean listening;

	private @Nullable Thread listener;

	ClusterChanges(JdbcConnectionDetails database, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.database = database;
		this.jdbc = jdbc;
		this.events = events;
		this.enabled = database.getJdbcUrl().startsWith("jdbc:postgresql:");
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void send(PostChanged changed) {
		send(ChangeMessage.of(changed));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void send(CommentsChanged changed) {
		send(ChangeMessage.of(changed));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void send(DiscussionRulesChanged changed) {
		send(ChangeMessage.of(changed));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void send(MediaDeleted deleted) {
		send(ChangeMessage.of(deleted));
	}

	private void send(String message) {
		if (!this.enabled || Thread.currentThread() == this.listener) {
			return;
		}
		this.jdbc.execute("select pg_notify(?, ?)", (PreparedStatementCallback<@Nullable Object>) (statement) -> {
			statement.setString(1, CHANNEL);
			statement.setString(2, this.instance + " " + message);
			statement.execute();
			return null;
		});
	}

	/**
	 * The name the listening connection has in {@code pg_stat_activity}.
	 */
	String connectionName() {
		return "takeaways-changes-" + this.instance.substring(0, 8);
	}

	/**
	 * Whether the listening connection is up (always false on H2).
	 */
	boolean isListening() {
		return this.listening;
	}

	@Override
	public void start() {
		this.running = true;
		if (this.enabled) {
			Thread thread = new Thread(this::listen, "takeaways-changes");
			thread.setDaemon(true);
			this.listener = thread;
			thread.start();
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(RETRY.toMillis() * 2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean reconnect = false;
		while (this.running) {
			try (Connection connection = connect()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				this.listening = true;
				// Whatever changed while nobody listened is unknown: start from nothing.
				this.events.publishEvent(new ChangesMissed());
				if (reconnect) {
					log.warn(
							"Hearing other instances' changes again; cleared the page cache, changes may have been missed");
				}
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] heard = notifications.getNotifications(500);
					if (heard != null) {
						for (PGNotification notification : heard) {
							receive(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException ex) {
				this.listening = false;
				reconnect = true;
				if (this.running) {
					log.warn("Lost the connection that hears other instances' changes ({}); retrying", ex.getMessage());
					pause();
				}
			}
		}
		this.listening = false;
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.database.getUsername() != null) {
			properties.setProperty("user", this.database.getUsername());
		}
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", connectionName());
		properties.setProperty("tcpKeepAlive", "true");
		return DriverManager.getConnection(this.database.getJdbcUrl(), properties);
	}

	private void receive(String payload) {
		int space = payload.indexOf(' ');
		if (space > 0 && payload.substring(0, space).equals(this.instance)) {
			return;
		}
		try {
			this.events.publishEvent(ChangeMessage.parse(payload.substring(space + 1)));
		}
		catch (IllegalArgumentException ex) {
			log.warn("Cannot read a change from another instance ({}); cleared the page cache", payload);
			this.events.publishEvent(new ChangesMissed());
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
