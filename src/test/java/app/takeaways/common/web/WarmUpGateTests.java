package app.takeaways.common.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until the application reports ready, readers get a 503 that a load balancer retries
 * elsewhere; the probes and the application's own warm-up requests go through.
 */
class WarmUpGateTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final WarmUpGate gate = new WarmUpGate(this.availability);

	@Test
	void beforeReadinessAReaderGets503WithRetryAfterAndTheApplicationSeesNothing() throws Exception {
		readiness(ReadinessState.REFUSING_TRAFFIC);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.gate.doFilter(new MockHttpServletRequest("GET", "/posts/a-post"), response, chain);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(response.getHeader("Connection")).isEqualTo("close");
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("starting");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void beforeReadinessAnApiClientGetsProblemDetails() throws Exception {
		readiness(ReadinessState.REFUSING_TRAFFIC);
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.gate.doFilter(new MockHttpServletRequest("GET", "/api/posts"), response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503");
	}

	@Test
	void beforeReadinessTheProbesAndTheWarmUpGoThroughButAGuessedTokenDoesNot() throws Exception {
		readiness(ReadinessState.REFUSING_TRAFFIC);
		assertThat(passes(new MockHttpServletRequest("GET", "/actuator/health/readiness"))).isTrue();

		MockHttpServletRequest warmUp = new MockHttpServletRequest("GET", "/");
		warmUp.addHeader(WarmUpGate.HEADER, this.gate.token());
		assertThat(passes(warmUp)).isTrue();

		MockHttpServletRequest guessed = new MockHttpServletRequest("GET", "/");
		guessed.addHeader(WarmUpGate.HEADER, "let-me-in");
		assertThat(passes(guessed)).isFalse();
	}

	@Test
	void onceReadyEveryoneGoesThroughAndAgainNotWhenShuttingDown() throws Exception {
		readiness(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(passes(new MockHttpServletRequest("GET", "/posts/a-post"))).isTrue();

		readiness(ReadinessState.REFUSING_TRAFFIC);
		assertThat(passes(new MockHttpServletRequest("GET", "/posts/a-post"))).isFalse();
	}

	@Test
	void withoutAvailabilityStateEveryoneGoesThrough() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		new WarmUpGate(null).doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	private boolean passes(MockHttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		this.gate.doFilter(request, new MockHttpServletResponse(), chain);
		return chain.getRequest() != null;
	}

	private void readiness(ReadinessState state) {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(), state));
	}

}
