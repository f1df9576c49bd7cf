package app.takeaways.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The first admin account comes from configuration, or gets a generated password that is
 * logged once; there is no default password.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

	final AccountRepository accounts = mock(AccountRepository.class);

	final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

	AdminBootstrap bootstrap(String username, String password) {
		return new AdminBootstrap(this.accounts, this.passwords,
				new AdminProperties(username, password, 5, Duration.ofMinutes(10), Duration.ofMinutes(5)), this.clock);
	}

	Account saved() {
		ArgumentCaptor<Account> account = ArgumentCaptor.forClass(Account.class);
		verify(this.accounts).save(account.capture());
		return account.getValue();
	}

	@Test
	void createsTheConfiguredAdminWithAHashedPassword(CapturedOutput output) {
		given(this.accounts.findByUsername("chief")).willReturn(Optional.empty());
		String password = "configured-" + System.nanoTime();

		bootstrap("chief", password).run(new DefaultApplicationArguments());

		Account admin = saved();
		assertThat(admin.getUsername()).isEqualTo("chief");
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(this.passwords.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(output).doesNotContain(password);
	}

	@Test
	void withoutPasswordGeneratesARandomOneAndLogsItOnceAtWarn(CapturedOutput output) {
		given(this.accounts.findByUsername("admin")).willReturn(Optional.empty());

		bootstrap("admin", "").run(new DefaultApplicationArguments());

		Matcher logged = Pattern.compile("WARN.*generated password (\\S+)").matcher(output.getOut());
		assertThat(logged.find()).isTrue();
		String password = logged.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(logged.find()).isFalse();
		assertThat(this.passwords.matches(password, saved().getPasswordHash())).isTrue();
		assertThat(AdminBootstrap.randomPassword()).isNotEqualTo(AdminBootstrap.randomPassword());
	}

	@Test
	void doesNothingWhenAnAdminExists() {
		given(this.accounts.existsByRole(Role.ADMIN)).willReturn(true);

		bootstrap("admin", "").run(new DefaultApplicationArguments());

		verify(this.accounts, never()).save(any());
	}

}
