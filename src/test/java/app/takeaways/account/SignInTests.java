package app.takeaways.account;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signing in with database accounts, the lock after repeated failures, and what admins do
 * on {@code /admin/users}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String newAddress() {
		return "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	String editorWithPassword(String password) {
		String username = unique("ed");
		this.accounts.save(
				new Account(username, "Ed", this.passwords.encode(password), Role.EDITOR, Clock.systemUTC().instant()));
		return username;
	}

	MvcTestResult signIn(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.with(csrf())
			.with(from(address))
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	@Test
	void loginPageIsTheSitesOwnAndCarriesACsrfToken() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.bodyText()
			.contains("Sign in", "name=\"_csrf\"", "After 5 failed attempts within 10 minutes");
	}

	@Test
	void rightPasswordOpensTheEditorAndAWrongOneSaysSo() {
		String password = UUID.randomUUID().toString();
		String username = editorWithPassword(password);

		MvcTestResult wrong = signIn(username, "not-" + password, newAddress());
		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(this.mvc.get().uri("/login?error")).bodyText().contains("do not match an active account");

		MvcTestResult right = signIn(username, password, newAddress());
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/editor");
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() {
		String password = UUID.randomUUID().toString();
		String username = editorWithPassword(password);
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(username, "wrong", newAddress()).getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}

		MvcTestResult locked = signIn(username, password, newAddress());

		assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(this.mvc.get().uri("/login?locked")).bodyText()
			.contains("Too many failed sign-ins", "locked for 5 minutes");
	}

	@Test
	void fiveFailuresFromOneAddressLockThatAddressForOtherAccounts() {
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			signIn(unique("guess"), "wrong", address);
		}
		String password = UUID.randomUUID().toString();
		String username = editorWithPassword(password);

		assertThat(signIn(username, password, address).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(signIn(username, password, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/editor");
	}

	@Test
	void adminCreatesAnEditorWhoSignsInUntilDisabledAndAfterAPasswordReset() {
		String username = unique("new");
		String first = UUID.randomUUID().toString();
		MvcTestResult created = this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.with(user("boss").roles("ADMIN"))
			.param("username", username)
			.param("displayName", "New Editor")
			.param("role", "EDITOR")
			.param("password", first)
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		Account account = this.accounts.findByUsername(username).orElseThrow();
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(signIn(username, first, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/editor");

		adminPost("/admin/users/" + account.getId() + "/disable");
		assertThat(signIn(username, first, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

		adminPost("/admin/users/" + account.getId() + "/enable");
		String second = UUID.randomUUID().toString();
		this.mvc.post()
			.uri("/admin/users/" + account.getId() + "/password")
			.with(csrf())
			.with(user("boss").roles("ADMIN"))
			.param("password", second)
			.exchange();
		assertThat(signIn(username, first, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(signIn(username, second, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/editor");
	}

	@Test
	void shortPasswordsAndTakenNamesAreFieldErrors() {
		String taken = editorWithPassword(UUID.randomUUID().toString());

		MvcTestResult result = this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.with(user("boss").roles("ADMIN"))
			.param("username", taken)
			.param("displayName", "Dup")
			.param("role", "EDITOR")
			.param("password", "short")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("That user name is taken.", "Between 12 and 200 characters, please.");
	}

	@Test
	void theDemoAuthorStaysDisabled() {
		Account demo = this.accounts.findByUsername(Accounts.DEMO_AUTHOR).orElseThrow();

		MvcTestResult result = adminPost("/admin/users/" + demo.getId() + "/enable");

		assertThat(result.getMvcResult().getFlashMap().get("problem")).isEqualTo("account.unchangeable");
		assertThat(this.accounts.findByUsername(Accounts.DEMO_AUTHOR).orElseThrow().isEnabled()).isFalse();
	}

	private MvcTestResult adminPost(String path) {
		return this.mvc.post().uri(path).with(csrf()).with(user("boss").roles("ADMIN")).exchange();
	}

}
