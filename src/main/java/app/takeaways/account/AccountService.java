package app.takeaways.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with accounts: create editors, disable and re-enable them, reset a
 * password. The demo author stays disabled.
 */
@Service
class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AccountView> all() {
		return this.accounts.findAllByOrderByUsernameAsc().stream().map(AccountView::of).toList();
	}

	@Transactional(readOnly = true)
	boolean usernameTaken(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

	@Transactional
	void create(AccountForm form) {
		this.accounts.save(new Account(form.username(), form.displayName().strip(),
				this.passwords.encode(form.password()), form.role(), this.clock.instant()));
	}

	/**
	 * @return false when the account may not be changed so (the demo author, or the
	 * admin's own account)
	 */
	@Transactional
	boolean setEnabled(long id, boolean enabled, String actingUsername) {
		Account account = find(id);
		if (Accounts.DEMO_AUTHOR.equals(account.getUsername()) || account.getUsername().equals(actingUsername)) {
			return false;
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		return true;
	}

	@Transactional
	boolean resetPassword(long id, PasswordForm form) {
		Account account = find(id);
		if (Accounts.DEMO_AUTHOR.equals(account.getUsername())) {
			return false;
		}
		account.changePassword(this.passwords.encode(form.password()));
		return true;
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

}
