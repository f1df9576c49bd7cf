package app.takeaways.common.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Sends the application's own readers' requests to itself before it reports ready: the
 * home page, the newest posts with their API answers, and the feeds, over and over, until
 * {@code takeaways.warm-up.requests} have been answered. A fresh JVM answers its first
 * requests in hundreds of milliseconds each (classes loaded, templates parsed, code not
 * yet compiled); after this, the first readers get the speed of a running instance. Runs
 * last among the start-up runners, through {@link WarmUpGate}, which refuses everyone
 * else until the application is ready.
 */
class WarmUp implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private static final Pattern POST_LINK = Pattern.compile("href=\"(/posts/[a-z0-9-]+)\"");

	private static final int THREADS = 4;

	private static final int POSTS = 5;

	private final int requests;

	private final IntSupplier port;

	private final String token;

	/**
	 * @param requests how many requests to send in all
	 * @param port the port the application listens on, known once it does
	 * @param token the {@link WarmUpGate#HEADER} value that lets them through
	 */
	WarmUp(int requests, IntSupplier port, String token) {
		this.requests = requests;
		this.port = port;
		this.token = token;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (this.requests <= 0) {
			return;
		}
		long started = System.nanoTime();
		// Made here, not with the bean: a client starts a selector thread, which a start
		// without warm-up requests does not need.
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		List<String> paths = paths(home(http));
		AtomicInteger sent = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		for (int t = 0; t < THREADS; t++) {
			threads.submit(() -> {
				for (int n = sent.getAndIncrement(); n < this.requests; n = sent.getAndIncrement()) {
					if (!answered(http, paths.get(n % paths.size()))) {
						failed.incrementAndGet();
					}
				}
			});
		}
		threads.shutdown();
		threads.awaitTermination(2, TimeUnit.MINUTES);
		log.info("Warmed up with {} requests over {} addresses in {} ms ({} failed)", this.requests, paths.size(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), failed.get());
	}

	/**
	 * What readers ask for most: the home page, its newest posts as pages and as JSON,
	 * and the feeds.
	 */
	static List<String> paths(@Nullable String home) {
		Set<String> posts = new LinkedHashSet<>();
		if (home != null) {
			Matcher links = POST_LINK.matcher(home);
			while (links.find() && posts.size() < POSTS) {
				posts.add(links.group(1));
			}
		}
		List<String> paths = new ArrayList<>(List.of("/", "/feed.atom", "/feed.rss", "/api/posts"));
		for (String post : posts) {
			paths.add(post);
			paths.add("/api" + post);
			paths.add("/api" + post + "/takeaways");
		}
		return paths;
	}

	private @Nullable String home(HttpClient http) {
		try {
			HttpResponse<String> response = http.send(request("/").build(), HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? response.body() : null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * Asks as browsers and feed readers do (compressed), so the compressed copies are
	 * made and the compressing code is warm too.
	 */
	private boolean answered(HttpClient http, String path) {
		try {
			HttpRequest request = request(path).header("Accept-Encoding", "gzip").build();
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port.getAsInt() + path))
			.header(WarmUpGate.HEADER, this.token)
			.timeout(Duration.ofSeconds(10))
			.GET();
	}

}
