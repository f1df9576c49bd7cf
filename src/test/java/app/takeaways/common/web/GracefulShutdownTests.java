package app.takeaways.common.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import app.takeaways.TakeawaysApplication;
import org.apache.catalina.Container;
import org.apache.catalina.core.StandardWrapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While a graceful shutdown waits for a request in progress, a request on a kept-alive
 * connection is answered 503 with {@code Connection: close}, which a load balancer
 * retries elsewhere; plain Tomcat closes such a connection without an answer, or answers
 * 400 when the request arrives at the moment of the pause (see
 * {@link ShutdownSafeHttp11NioProtocol}).
 */
class GracefulShutdownTests {

	@Test
	void aKeptAliveConnectionGetsA503WhileShutdownWaitsForARequestInProgress() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TakeawaysApplication.class)
			.run("--server.port=0", "--takeaways.demo.enabled=false", "--spring.main.banner-mode=off");
		TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
		int port = server.getPort();
		try (Socket keptAlive = new Socket("127.0.0.1", port); Socket slow = new Socket("127.0.0.1", port)) {
			assertThat(exchange(keptAlive, "GET /robots.txt")).startsWith("HTTP/1.1 200");

			// A form whose body is still coming keeps a request in progress.
			OutputStream form = slow.getOutputStream();
			form.write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
					+ "\r\nContent-Length: 40\r\n\r\nusername=a")
				.getBytes(StandardCharsets.US_ASCII));
			form.flush();
			await().atMost(Duration.ofSeconds(10)).until(() -> requestsInProgress(server) > 0);

			CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
			await().atMost(Duration.ofSeconds(10)).until(() -> refused(port));

			String answer = exchange(keptAlive, "GET /robots.txt");
			assertThat(closing).as("still waiting for the form").isNotDone();
			assertThat(answer).startsWith("HTTP/1.1 503").containsIgnoringCase("\r\nConnection: close\r\n");
			assertThat(answer).contains("\r\nRetry-After: 1\r\n");

			form.write("&password=bbbbbbbbbbbbbbbbbbbb".getBytes(StandardCharsets.US_ASCII));
			form.flush();
			closing.get();
		}
		finally {
			context.close();
		}
	}

	private static String exchange(Socket socket, String requestLine) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write((requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return readResponse(socket.getInputStream());
	}

	/**
	 * One response: its head, and its body by {@code Content-Length} or chunks; empty
	 * when the server closed the connection without one.
	 */
	private static String readResponse(InputStream in) throws IOException {
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		while (!endsWithBlankLine(read.toByteArray())) {
			int b = in.read();
			if (b < 0) {
				return read.toString(StandardCharsets.US_ASCII);
			}
			read.write(b);
		}
		String head = read.toString(StandardCharsets.US_ASCII);
		String lower = head.toLowerCase();
		int length = lower.indexOf("\r\ncontent-length:");
		if (length >= 0) {
			int end = lower.indexOf("\r\n", length + 2);
			int size = Integer.parseInt(head.substring(length + "\r\ncontent-length:".length(), end).trim());
			in.readNBytes(size);
		}
		else if (lower.contains("\r\ntransfer-encoding: chunked")) {
			ByteArrayOutputStream chunks = new ByteArrayOutputStream();
			while (!chunks.toString(StandardCharsets.US_ASCII).endsWith("\r\n0\r\n\r\n")
					&& !chunks.toString(StandardCharsets.US_ASCII).equals("0\r\n\r\n")) {
				int b = in.read();
				if (b < 0) {
					break;
				}
				chunks.write(b);
			}
		}
		return head;
	}

	private static boolean endsWithBlankLine(byte[] bytes) {
		int n = bytes.length;
		return n >= 4 && Arrays.equals(Arrays.copyOfRange(bytes, n - 4, n), "\r\n\r\n".getBytes());
	}

	private static boolean refused(int port) throws IOException {
		try (Socket probe = new Socket("127.0.0.1", port)) {
			return false;
		}
		catch (ConnectException ex) {
			return true;
		}
	}

	private static int requestsInProgress(TomcatWebServer server) {
		int allocated = 0;
		for (Container context : server.getTomcat().getHost().findChildren()) {
			for (Container wrapper : context.findChildren()) {
				allocated += ((StandardWrapper) wrapper).getCountAllocated();
			}
		}
		return allocated;
	}

}
