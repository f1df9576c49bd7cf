package app.takeaways.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as other features know them: authors of posts and signed-in commenters, by id
 * and name. Authors who own posts but never sign in, such as the demo author and authors
 * brought in by an import, are found by user name or created disabled with a random
 * password.
 */
@Service
public class Authors {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Authors(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * The id of the account with this user name; a new account that cannot sign in when
	 * there is none.
	 * @return the account id
	 */
	@Transactional
	public long findOrCreateWithoutSignIn(String username, String displayName) {
		return this.accounts.findByUsername(username)
			.orElseGet(() -> this.accounts.save(withoutSignIn(username, displayName)))
			.getId();
	}

	/**
	 * The user name of an account, for exports.
	 */
	@Transactional(readOnly = true)
	public String usernameOf(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id)).getUsername();
	}

	/**
	 * The account with this id, as an author.
	 */
	@Transactional(readOnly = true)
	public Author byId(long id) {
		return this.accounts.findById(id).map(Author::of).orElseThrow(() -> new AccountNotFoundException(id));
	}

	/**
	 * The account with this user name, as an author.
	 */
	@Transactional(readOnly = true)
	public Optional<Author> byUsername(String username) {
		return this.accounts.findByUsername(username).map(Author::of);
	}

	private Account withoutSignIn(String username, String displayName) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		Account author = new Account(username, displayName,
				this.passwords.encode(Base64.getEncoder().encodeToString(secret)), Role.EDITOR, this.clock.instant());
		author.disable();
		return author;
	}

	/**
	 * An account as the author of posts and comments.
	 */
	public record Author(long id, String username, String displayName) {

		static Author of(Account account) {
			return new Author(account.getId(), account.getUsername(), account.getDisplayName());
		}

	}

}
