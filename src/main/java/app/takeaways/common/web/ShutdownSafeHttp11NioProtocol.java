package app.takeaways.common.web;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's HTTP/1.1 connector, except that its request processors never see it paused.
 * <p>
 * A graceful shutdown pauses the connector. A request whose first line Tomcat has just
 * read at that moment is then meant to get a 503, but its headers are left unread, so the
 * check for a {@code Host} header turns it into a 400 (Tomcat 11.0.22 to 11.0.29), which
 * no load balancer retries: one in a few million requests of a rolling restart failed so.
 * With the processors unaware of the pause, that request is read in full and answered by
 * {@link WarmUpGate}, which refuses every request once shutdown has begun: 503 with
 * {@code Connection: close}. The pause itself still stops new connections, and the
 * graceful shutdown still waits for requests in progress.
 */
public class ShutdownSafeHttp11NioProtocol extends Http11NioProtocol {

	@Override
	public boolean isPaused() {
		return false;
	}

}
