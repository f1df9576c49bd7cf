package app.takeaways.account;

import java.time.Instant;

/**
 * An account as the user list shows it.
 */
record AccountView(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt,
		boolean demoAuthor) {

	static AccountView of(Account account) {
		return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.isEnabled(), account.getCreatedAt(), Accounts.DEMO_AUTHOR.equals(account.getUsername()));
	}

}
