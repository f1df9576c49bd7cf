package app.takeaways.common.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request holds its permit while the application works on it and gives it back when
 * done, even when it fails.
 */
class ConcurrencyLimitFilterTests {

	private final ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ZERO);

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		this.executor.shutdownNow();
	}

	@Test
	void requestBeyondTheLimitGets503UntilTheBusyOneFinishes() throws Exception {
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		MockHttpServletResponse slowResponse = new MockHttpServletResponse();
		Future<?> slow = this.executor.submit(() -> {
			this.filter.doFilter(new MockHttpServletRequest("GET", "/search"), slowResponse, chain(entered, finish));
			return null;
		});
		entered.await();

		MockHttpServletResponse refused = new MockHttpServletResponse();
		MockFilterChain refusedChain = new MockFilterChain();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/search"), refused, refusedChain);
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo(ConcurrencyLimitFilter.RETRY_AFTER_SECONDS);
		assertThat(refusedChain.getRequest()).as("the application never saw it").isNull();

		finish.countDown();
		slow.get();
		assertThat(slowResponse.getStatus()).isEqualTo(200);
		MockFilterChain laterChain = new MockFilterChain();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/search"), new MockHttpServletResponse(), laterChain);
		assertThat(laterChain.getRequest()).isNotNull();
	}

	@Test
	void failingRequestGivesItsPermitBack() throws Exception {
		MockFilterChain failing = new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				throw new IOException("client went away");
			}
		});
		CompletableFuture<Throwable> thrown = new CompletableFuture<>();
		try {
			this.filter.doFilter(new MockHttpServletRequest("POST", "/api/posts/x/comments"),
					new MockHttpServletResponse(), failing);
		}
		catch (IOException ex) {
			thrown.complete(ex);
		}
		assertThat(thrown).isCompleted();
		assertThat(this.filter.permits().availablePermits()).isEqualTo(1);
	}

	@Test
	void staticFilesAndHealthAreNotLimited() throws Exception {
		this.filter.permits().acquire();
		for (String path : new String[] { "/css/site-abc.css", "/js/site-abc.js", "/actuator/health/readiness" }) {
			MockFilterChain chain = new MockFilterChain();
			this.filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest()).as(path).isNotNull();
		}
	}

	private static MockFilterChain chain(CountDownLatch entered, CountDownLatch finish) {
		return new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				entered.countDown();
				try {
					finish.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				response.setStatus(200);
			}
		});
	}

}
