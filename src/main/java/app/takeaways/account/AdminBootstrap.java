package app.takeaways.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a start without any admin account, creates one from {@code takeaways.admin.*}. With
 * no password configured it generates one and logs it once, at WARN.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AdminProperties properties;

	private final Clock clock;

	AdminBootstrap(AccountRepository accounts, PasswordEncoder passwords, AdminProperties properties, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		String username = this.properties.username();
		if (this.accounts.findByUsername(username).isPresent()) {
			log.error("No admin account exists and '{}' is taken by a non-admin account; "
					+ "set takeaways.admin.username to a free name", username);
			return;
		}
		String password = this.properties.password();
		boolean generated = !StringUtils.hasText(password);
		if (generated) {
			password = randomPassword();
		}
		this.accounts
			.save(new Account(username, username, this.passwords.encode(password), Role.ADMIN, this.clock.instant()));
		if (generated) {
			log.warn(
					"Created admin account '{}' with the generated password {} -- sign in and reset it under /admin/users; "
							+ "it is not shown again",
					username, password);
		}
		else {
			log.info("Created admin account '{}' from takeaways.admin.*", username);
		}
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
